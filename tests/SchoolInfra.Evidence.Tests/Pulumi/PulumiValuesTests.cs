using System.Text.Json;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Pulumi;

namespace SchoolInfra.Evidence.Tests.Pulumi;

public sealed class PulumiValuesTests
{
    private static DriftValue At(string json, string path)
    {
        using var document = JsonDocument.Parse(json);
        return PulumiValues.At(document.RootElement, PropertyPaths.Segments(path));
    }

    [Fact]
    public void At_DigestSecret_IsHidden() => Assert.Equal(DriftValue.Secret, At("{\"a\":\"[secret]\"}", "a"));

    [Fact]
    public void At_InsideASignatureSecret_IsHidden() =>
        Assert.Equal(DriftValue.Secret, At("{\"a\":{\"4dabf18193072939515e22adb298388d\":\"1b47061264138c4ac30d75fd1eb44270\",\"plaintext\":\"{\\\"b\\\":\\\"s3cr3t\\\"}\"}}", "a.b"));

    [Fact]
    public void At_PreviewUnknown_IsKnownAfterDeploy() =>
        Assert.Equal(DriftValue.KnownAfterDeploy, At("{\"a\":\"04da6b54-80e4-46f7-96ec-b56ff0331ba9\"}", "a"));

    [Fact]
    public void At_BelowAPreviewUnknown_IsKnownAfterDeploy() =>
        Assert.Equal(DriftValue.KnownAfterDeploy, At("{\"a\":\"04da6b54-80e4-46f7-96ec-b56ff0331ba9\"}", "a.b[0]"));

    [Fact]
    public void At_NullOrMissing_IsAbsent()
    {
        Assert.Equal(DriftValue.Absent, At("{\"a\":null}", "a"));
        Assert.Equal(DriftValue.Absent, At("{\"a\":{}}", "a.b"));
        Assert.Equal(DriftValue.Absent, At("{\"a\":[1]}", "a[3]"));
    }

    [Fact]
    public void At_Object_DropsBridgeBookkeepingAndHidesNestedSecrets() =>
        Assert.Equal("{\"b\":[{\"c\":1}],\"d\":\"[secret]\",\"e\":\"ünïcode – ok\"}",
            At("{\"a\":{\"__defaults\":[],\"b\":[{\"__defaults\":[\"x\"],\"c\":1}],\"d\":{\"4dabf18193072939515e22adb298388d\":\"1b47061264138c4ac30d75fd1eb44270\",\"ciphertext\":\"v1:x\"},\"e\":\"ünïcode – ok\"}}", "a").Json);

    [Fact]
    public void At_QuotedKeyAndIndex_AreFollowed() =>
        Assert.Equal("\"v\"", At("{\"tags\":{\"hidden-link:/a.b\":[\"w\",\"v\"]}}", "tags[\"hidden-link:/a.b\"][1]").Json);
}
