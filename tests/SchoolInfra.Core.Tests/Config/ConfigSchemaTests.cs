using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Tests.Config;

public sealed class ConfigSchemaTests
{
    [Fact]
    public void Schema_CheckedInCopy_MatchesTheConfigModel() =>
        Golden.MatchesRepoFile("schools/" + ConfigSchemaWriter.FileName, ConfigSchemaWriter.Write());

    [Fact]
    public void Schema_IsDeterministic() => Assert.Equal(ConfigSchemaWriter.Write(), ConfigSchemaWriter.Write());

    [Fact]
    public void Schema_DescribesEveryTopLevelKeyAndMarksSecrets()
    {
        using var doc = JsonDocument.Parse(ConfigSchemaWriter.Write());
        var config = doc.RootElement.GetProperty("properties").GetProperty("config");
        var keys = config.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("schoolinfra:identity", keys);
        Assert.Contains("schoolinfra:filtering", keys);
        var secret = config.GetProperty("properties").GetProperty("schoolinfra:jamfAdeToken");
        Assert.Equal("secure", secret.GetProperty("required")[0].GetString());
        var group = config.GetProperty("properties").GetProperty("schoolinfra:identity")
            .GetProperty("properties").GetProperty("groups").GetProperty("items");
        Assert.False(group.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("teaching", group.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void StackFile_PointsEditorsAtTheSchema()
    {
        var first = File.ReadLines(ExampleSchool.StackFilePath).First();
        Assert.Equal("# yaml-language-server: $schema=./" + ConfigSchemaWriter.FileName, first);
    }

    [Fact]
    public async Task Schema_AcceptsTheExampleSchoolAndRejectsAMisspeltKey()
    {
        var schema = await JsonSchema.FromJsonAsync(ConfigSchemaWriter.Write());
        var example = File.ReadAllText(ExampleSchool.StackFilePath);
        Assert.Empty(schema.Validate(AsEditorSeesIt(example)));

        var broken = example.Replace("staffMinLength: 12", "staffMinLenght: 12", StringComparison.Ordinal);
        Assert.NotEmpty(schema.Validate(AsEditorSeesIt(broken)));
    }

    /// <summary>YAML as a YAML editor types it for schema checks: plain numbers and booleans typed, the rest text.</summary>
    private static string AsEditorSeesIt(string yaml)
    {
        var node = SourceReader.Read(yaml, "f.yaml", new DiagnosticBag()) ?? throw new InvalidOperationException("unreadable");
        return Convert(node)?.ToJsonString() ?? "null";

        static JsonNode? Convert(SourceNode node) => node switch
        {
            SourceMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Text, Convert(e.Value)))),
            SourceSequence s => new JsonArray([.. s.Items.Select(Convert)]),
            SourceScalar { IsQuoted: false, Text: "true" or "false" } b => JsonValue.Create(b.Text == "true"),
            SourceScalar { IsQuoted: false } n when long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            SourceScalar sc => JsonValue.Create(sc.Text),
            _ => null,
        };
    }
}
