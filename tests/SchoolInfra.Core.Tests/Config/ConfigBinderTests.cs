using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Core.Tests.Config;

/// <summary>Bad input in the example school's stack file: each mistake gets its code, position, message and hint.</summary>
public sealed class ConfigBinderTests
{
    private static readonly string Example = File.ReadAllText(ExampleSchool.StackFilePath);

    private static Diagnostic[] Errors(string yaml) => [.. ExampleSchool.ValidateText(yaml).Diagnostics.Where(d => d.IsError)];

    private static string Change(string from, string to)
    {
        Assert.Contains(from, Example, StringComparison.Ordinal);
        return Example.Replace(from, to, StringComparison.Ordinal);
    }

    private static int LineOf(string yaml, string text) =>
        yaml[..yaml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Validate_ExampleSchool_HasNoErrors()
    {
        var config = ExampleSchool.Config();
        Assert.Equal("Oakfield", config.School.ShortName);
        Assert.Equal(2, config.Identity.BreakGlass.Length);
        Assert.Equal("jamfAdeToken", config.JamfAdeToken?.Key);
    }

    [Fact]
    public void Validate_MisspeltKey_SuggestsTheRightOne()
    {
        var yaml = Change("staffMinLength: 12", "staffMinLenght: 12");
        var d = Assert.Single(Errors(yaml));
        Assert.Equal("SI2001", d.Code);
        Assert.Equal(LineOf(yaml, "staffMinLenght"), d.Location.Line);
        Assert.Equal(7, d.Location.Column);
        Assert.Equal("did you mean \"staffMinLength\"?", d.Hint);
    }

    [Fact]
    public void Validate_MisspeltTopLevelKey_SuggestsTheNamespacedKey()
    {
        var d = Assert.Single(Errors(Change("schoolinfra:monitoring:", "schoolinfra:monitorng:")));
        Assert.Equal("SI2001", d.Code);
        Assert.Contains("schoolinfra:monitoring", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredSetting_IsReported()
    {
        var d = Assert.Single(Errors(Change("    shortName: Oakfield\n", string.Empty)));
        Assert.Equal("SI2002", d.Code);
        Assert.Contains("shortName", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TextWhereNumberExpected_IsWrongType()
    {
        var d = Assert.Single(Errors(Change("staffMinLength: 12", "staffMinLength: twelve")));
        Assert.Equal("SI2003", d.Code);
        Assert.Contains("whole number", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownEnumValue_SuggestsTheClosest()
    {
        var d = Assert.Single(Errors(Change("kind: teaching\n", "kind: teachng\n")));
        Assert.Equal("SI2003", d.Code);
        Assert.Contains("did you mean \"teaching\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DanglingGroupReference_NamesTheGroup()
    {
        var d = Assert.Single(Errors(Change("groups: [year6Pupils]", "groups: [yr6Pupils]")));
        Assert.Equal("SI2004", d.Code);
        Assert.Equal("Group \"yr6Pupils\" is not declared.", d.Message);
        Assert.Contains("year6Pupils", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueOutOfRange_GivesTheRange()
    {
        var d = Assert.Single(Errors(Change("staffMinLength: 12", "staffMinLength: 6")));
        Assert.Equal("SI2005", d.Code);
        Assert.Contains("from 8 to 64", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateGroupKey_PointsAtTheSecond()
    {
        var yaml = Change("      - key: support\n", "      - key: teaching\n");
        var errors = Errors(yaml);
        var d = Assert.Single(errors, e => e.Code == "SI2006");
        Assert.Contains("Group \"teaching\" is declared twice", d.Message, StringComparison.Ordinal);
        Assert.True(d.Location.Line > LineOf(yaml, "key: teaching"));
    }

    [Fact]
    public void Validate_BadIpRange_IsBadFormat()
    {
        var d = Assert.Single(Errors(Change("203.0.113.0/28", "203.0.113.300/28")));
        Assert.Equal("SI2007", d.Code);
    }

    [Fact]
    public void Validate_SecretInPlainText_IsRefusedWithoutQuotingIt()
    {
        var yaml = Change("  schoolinfra:jamfAdeToken:\n    secure: v1:ZmljdGlvbmFsLWNpcGhlcnRleHQtbm90LWEtcmVhbC10b2tlbg==", "  schoolinfra:jamfAdeToken: plain-token-value-123");
        var d = Assert.Single(Errors(yaml));
        Assert.Equal("SI2008", d.Code);
        Assert.DoesNotContain("plain-token-value-123", d.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EncryptedSettingThatMustBeReadable_IsRefused()
    {
        // The logging section becomes encrypted; its old body moves under a provider-style key that is ignored.
        var d = Assert.Single(Errors(Change("  schoolinfra:logging:\n", "  schoolinfra:logging:\n    secure: v1:abc\n  other:logging:\n")));
        Assert.Equal("SI2009", d.Code);
    }

    [Fact]
    public void Validate_ManyMistakes_AreAllReportedAtOnce()
    {
        var yaml = Example
            .Replace("staffMinLength: 12", "staffMinLength: 4", StringComparison.Ordinal)
            .Replace("groups: [year6Pupils]", "groups: [nobody]", StringComparison.Ordinal)
            .Replace("kind: teaching\n", "kind: wizard\n", StringComparison.Ordinal)
            .Replace("    shortName: Oakfield\n", "    shortNme: Oakfield\n", StringComparison.Ordinal);
        var codes = Errors(yaml).Select(e => e.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "SI2001", "SI2002", "SI2003", "SI2004", "SI2005" }, codes);
    }

    [Fact]
    public void Validate_EveryDiagnostic_PointsInsideTheFile()
    {
        var yaml = Change("staffMinLength: 12", "staffMinLength: 4").Replace("kind: office\n", "kind: offce\n", StringComparison.Ordinal);
        var lines = yaml.Split('\n').Length;
        Assert.All(ExampleSchool.ValidateText(yaml).Diagnostics, d =>
        {
            Assert.Equal("Pulumi.test.yaml", d.Location.File);
            Assert.InRange(d.Location.Line, 1, lines);
            Assert.True(d.Location.Column >= 1);
        });
    }

    [Fact]
    public void Bind_DatesFromAYamlLibraryAsMidnightTimestamps_AreAccepted()
    {
        var config = ExampleSchool.ValidateText(Change("start: 2026-09-02", "start: \"2026-09-02T00:00:00Z\"")).Config;
        Assert.Equal(new NodaTime.LocalDate(2026, 9, 2), config?.Terms[0].Start);
    }

    [Fact]
    public void Bind_RecordsRememberTheirSpanAndPath()
    {
        var config = ExampleSchool.Config();
        var year6 = config.Identity.Groups.Single(g => g.Key == "year6Pupils");
        Assert.Equal(GroupKind.Pupil, year6.Kind);
        Assert.Equal(ExampleSchool.StackFileDisplay, year6.Span.File);
        Assert.Equal(LineOf(Example, "- key: year6Pupils"), year6.Span.Line);
        Assert.StartsWith("schoolinfra:identity.groups[", year6.ConfigPath, StringComparison.Ordinal);
    }
}
