namespace SchoolInfra.Core.Tests.Validation;

/// <summary>One bad-input case per SI21xx and SI26xx code, each a small change to the example school.</summary>
public sealed class IdentityAndSchoolChecksTests
{
    private static readonly string Example = File.ReadAllText(ExampleSchool.StackFilePath);

    public static TheoryData<string, string, string> Cases => new()
    {
        // A pupil group that names its members (privacy: no pupil names in school files).
        { "SI2101", "        membershipRule: (user.department -eq \"Year 6\")\n", "        members: [pupil@oakfield-primary.example]\n" },
        // Class log-ons for a key stage the school has not chosen.
        { "SI2102", "    classLogonKeyStages: [EYFS, KS1]", "    classLogonKeyStages: [EYFS]" },
        { "SI2103", "        keyStage: UKS2\n        purpose: Individual pupil accounts for Year 6.", "        purpose: Individual pupil accounts for Year 6." },
        { "SI2104", "        kind: support\n", "        kind: support\n        keyStage: KS1\n" },
        { "SI2601", "      end: 2026-12-18", "      end: 2026-08-18" },
        { "SI2602", "      start: 2027-01-05", "      start: 2026-12-01" },
        { "SI2603", "waivers", "waivers" },
        { "SI2604", "waivers", "waivers" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_BadInput_GivesItsCode(string code, string from, string to)
    {
        var yaml = code switch
        {
            "SI2603" => Change("  schoolinfra:waivers:\n", "  schoolinfra:waivers:\n    - control: FIL-09\n      reason: The 4G router is being replaced this month.\n      approvedBy: headteacher\n      approvedOn: 2026-11-20\n      expiresOn: 2026-11-01\n"),
            "SI2604" => ReplaceTerms(Example),
            _ => Change(from, to),
        };
        var diagnostics = ExampleSchool.ValidateText(yaml).Diagnostics;
        var d = Assert.Single(diagnostics, x => x.Code == code);
        Assert.Equal("Pulumi.test.yaml", d.Location.File);
        Assert.True(d.Location.Line >= 1, "the diagnostic points at a line");
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
    }

    [Fact]
    public void Validate_ExampleSchool_HasNoWarningsFromIdentity() =>
        Assert.DoesNotContain(ExampleSchool.ValidateText(Example).Diagnostics, d => d.Code.StartsWith("SI21", StringComparison.Ordinal));

    private static string Change(string from, string to)
    {
        Assert.Contains(from, Example, StringComparison.Ordinal);
        return Example.Replace(from, to, StringComparison.Ordinal);
    }

    private static string ReplaceTerms(string yaml)
    {
        var start = yaml.IndexOf("  schoolinfra:terms:\n", StringComparison.Ordinal);
        var end = yaml.IndexOf("  schoolinfra:identity:", StringComparison.Ordinal);
        return yaml[..start] + "  schoolinfra:terms: []\n" + yaml[end..];
    }

    /// <summary>Weak but deployable identity settings: findings of IAM, MFA and GST controls in Policy, never config errors (issue 13).</summary>
    public static TheoryData<string, string> WeakButDeployable => new()
    {
        { "      - key: emergency2\n        userPrincipalName: bg-emergency2@oakfieldprimaryexample.onmicrosoft.com\n        credential: passphrase\n        custodian: chairOfGovernors\n", string.Empty },
        { "        maxAccessDays: 100\n", string.Empty },
        { "          - { area: curriculumShare, level: read }\n", "          - { area: mis, level: read }\n" },
        { "      state: enabled\n      requireCompliantDeviceForPersonalData: true", "      state: reportOnly\n      requireCompliantDeviceForPersonalData: true" },
        { "        until: 2026-12-18", "        until: 2027-07-18" },
        { "        type: supply", "        type: visitor" },
        { "bg-emergency2@oakfieldprimaryexample.onmicrosoft.com", "bg-emergency2@oakfield-primary.example" },
        { "        group: guests\n", "        group: support\n" },
    };

    [Theory]
    [MemberData(nameof(WeakButDeployable))]
    public void Validate_WeakButDeployableIdentity_IsNotAConfigError(string from, string to)
    {
        var result = ExampleSchool.ValidateText(ExampleSchool.Edit(Example, from, to));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }
}
