using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Tests.Validation;

/// <summary>One bad-input case per SI22xx code still in use, each a small change to the example school (validated on 2026-11-23).</summary>
public sealed class FilteringChecksTests
{
    private static readonly string Example = File.ReadAllText(ExampleSchool.StackFilePath);

    private const string YouTubeApproval = "        approvedBy: headteacher\n        approvedOn: 2026-11-02\n        expiresOn: 2026-12-19\n";

    private const string GuestsBackends = "        enforcedBy: [upstream, globalSecureAccess]\n    exceptions:";

    private const string AzureDns = "    azureDns:\n      policyName: dnsfilter-oakfield\n" +
        "      virtualNetworkIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-oakfield-primary/providers/Microsoft.Network/virtualNetworks/vnet-oakfield]\n" +
        "      profile: staff\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // The guest group is in no profile.
        // Guests also in the staff profile.
        { "SI2202", "groups: [teaching, support, office, slt, dsl, itAdmins, governors]", "groups: [teaching, support, office, slt, dsl, itAdmins, governors, guests]" },
        { "SI2204", "    differentiation: byGroup", "    differentiation: uniform" },
        // The example already holds an expired exception (the coding club's, ended 2026-10-23).
        { "SI2210", "        expiresOn: 2026-10-23", "        expiresOn: 2026-10-23" },
        { "SI2211", "      - domain: youtube.com\n", "      - domain: play.example-chat-game.example\n" },
        { "SI2212", "      - domain: youtube.com\n", "      - domain: example-chat-game.example\n" },
        { "SI2213", GuestsBackends, "        enforcedBy: [upstream, globalSecureAccess, azureDns]\n    exceptions:" },
        { "SI2214", "    globalSecureAccess:\n      enabled: true\n", "    globalSecureAccess:\n      enabled: true\n" + AzureDns },
        // The upstream filter does not block dating sites and guests lose Global Secure Access.
        { "SI2215", GuestsBackends, "        enforcedBy: [upstream]\n    exceptions:" },
        { "SI2217", "    globalSecureAccess:\n      enabled: true\n", "    globalSecureAccess:\n      enabled: false\n" },
        { "SI2218", "        filteredBy: globalSecureAccess", "        filteredBy: azureDns" },
        { "SI2219", YouTubeApproval, YouTubeApproval.Replace("2026-12-19", "2026-11-01", StringComparison.Ordinal) },
        { "SI2222", "      lastChecked: 2026-10-06", "      lastChecked: 2026-12-01" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_BadInput_GivesItsCode(string code, string from, string to)
    {
        var yaml = code switch
        {
            "SI2211" => Change(Change(Example, from, to), "            reason: Unmoderated chat inside a game that pupils were using in lessons.\n",
                "            reason: Unmoderated chat inside a game that pupils were using in lessons.\n            illegalContent: true\n"),
            _ => Change(Example, from, to),
        };
        var d = Assert.Single(Validate(yaml), x => x.Code == code);
        Assert.Equal("Pulumi.test.yaml", d.Location.File);
        Assert.True(d.Location.Line >= 1, "the diagnostic points at a line");
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
    }

    [Fact]
    public void Validate_ExampleSchool_OnlyWarnsAboutItsExpiredException()
    {
        var filtering = Validate(Example).Where(d => d.Code.StartsWith("SI22", StringComparison.Ordinal)).ToList();
        var d = Assert.Single(filtering);
        Assert.Equal("SI2210", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("example-coding-club.example", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExpiredException_WarnsButDoesNotStopTheBuild()
    {
        var validated = ExampleSchool.ValidateText(Example);
        Assert.False(validated.HasErrors);
        var d = Assert.Single(validated.Diagnostics, x => x.Code == "SI2210");
        Assert.Contains("remove it from the file", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExceptionEndingToday_IsNotExpired() =>
        Assert.DoesNotContain(Validate(Change(Example, "        expiresOn: 2026-10-23", "        expiresOn: 2026-11-23")), d => d.Code == "SI2210");

    [Fact]
    public void Validate_BackendGap_NamesTheCategoryAndTheBackends()
    {
        var d = Assert.Single(Validate(Change(Example, GuestsBackends, "        enforcedBy: [upstream]\n    exceptions:")), x => x.Code == "SI2215");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("\"guests\"", d.Message, StringComparison.Ordinal);
        Assert.Contains("the category \"dating\"", d.Message, StringComparison.Ordinal);
        Assert.Contains("(upstream)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProfileOnGlobalSecureAccessAlone_LacksIllegalContentAndSafeSearch()
    {
        var gaps = Validate(Change(Example, GuestsBackends, "        enforcedBy: [globalSecureAccess]\n    exceptions:"))
            .Where(x => x.Code == "SI2215").Select(x => x.Message).ToList();
        Assert.Contains(gaps, m => m.Contains("illegal-content lists", StringComparison.Ordinal));
        Assert.Contains(gaps, m => m.Contains("safe search", StringComparison.Ordinal));
        Assert.Contains(gaps, m => m.Contains("\"extremism\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OverridesBlock_LiftsADeliberateBlockKnowingly()
    {
        var yaml = Change(Example, "      - domain: youtube.com\n", "      - domain: example-chat-game.example\n        overridesBlock: true\n");
        Assert.DoesNotContain(Validate(yaml), d => d.Code == "SI2212");
    }

    [Fact]
    public void Validate_IllegalContentBlock_CannotBeLiftedEvenKnowingly()
    {
        var yaml = Change(Example, "      - domain: youtube.com\n", "      - domain: example-chat-game.example\n        overridesBlock: true\n");
        yaml = Change(yaml, "            reason: Unmoderated chat inside a game that pupils were using in lessons.\n",
            "            reason: Unmoderated chat inside a game that pupils were using in lessons.\n            illegalContent: true\n");
        Assert.Single(Validate(yaml), d => d is { Code: "SI2211", Severity: Severity.Error });
    }

    [Fact]
    public void Validate_AzureDnsOnTheRightProfile_IsAccepted()
    {
        var yaml = Change(Example, "    globalSecureAccess:\n      enabled: true\n", "    globalSecureAccess:\n      enabled: true\n" + AzureDns);
        yaml = Change(yaml, "        safeSearch: moderate\n        enforcedBy: [upstream, globalSecureAccess]", "        safeSearch: moderate\n        enforcedBy: [upstream, globalSecureAccess, azureDns]");
        Assert.DoesNotContain(Validate(yaml), d => d.IsError);
    }

    /// <summary>Weak but deployable filtering: the FIL controls' findings in Policy, never config errors (issue 13).</summary>
    public static TheoryData<string, string> WeakButDeployable => new()
    {
        { "        groups: [guests]\n", "        groups: []\n" },
        { YouTubeApproval, "        expiresOn: 2026-12-19\n" },
        { YouTubeApproval, YouTubeApproval.Replace("headteacher", "itProvider", StringComparison.Ordinal) },
        { YouTubeApproval, YouTubeApproval.Replace("2026-11-02", "2026-11-30", StringComparison.Ordinal) },
        { YouTubeApproval, YouTubeApproval.Replace("2026-12-19", "2027-09-10", StringComparison.Ordinal) },
        { YouTubeApproval, YouTubeApproval.Replace("2026-12-19", "2027-03-01", StringComparison.Ordinal) },
        { "      iwfMember: true", "      iwfMember: false" },
        { GuestsBackends, "        enforcedBy: []\n    exceptions:" },
        { "        expiresOn: 2026-12-19\n", string.Empty },
    };

    [Theory]
    [MemberData(nameof(WeakButDeployable))]
    public void Validate_WeakButDeployableFiltering_IsNotAConfigError(string from, string to) =>
        Assert.DoesNotContain(Validate(Change(Example, from, to)), d => d.IsError);

    [Fact]
    public void Validate_NoFilteringAtAll_IsNotAConfigError() =>
        Assert.DoesNotContain(Validate(WithoutFiltering()), d => d.IsError);

    private static ImmutableArray<Diagnostic> Validate(string yaml) => ExampleSchool.ValidateText(yaml).Diagnostics;

    private static string Change(string yaml, string from, string to)
    {
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }

    private static string WithoutFiltering()
    {
        var start = Example.IndexOf("  schoolinfra:filtering:\n", StringComparison.Ordinal);
        var end = Example.IndexOf("  schoolinfra:backups:", StringComparison.Ordinal);
        return Example[..start] + Example[end..];
    }
}
