using System.Text;
using SchoolInfra.Evidence.Drift;
using static SchoolInfra.Evidence.Tests.Pulumi.PulumiFixtures;

namespace SchoolInfra.Evidence.Tests.Pulumi;

public sealed class PulumiRefreshSourceTests
{
    private static readonly string[] ExampleDrift =
    [
        "ChangedOutsidePipeline ca-require-mfa [state: \"enabled\" -> \"enabledForReportingButNotEnforced\"] PutsBack",
        "ChangedOutsidePipeline backupVault-main [properties.securitySettings.softDeleteSettings.softDeleteState: \"AlwaysON\" -> \"Disabled\"] PutsBack",
        "DeletedOutsidePipeline gsa-olderPupils-blocked-domains [] CreatesAgain",
    ];

    [Theory]
    [InlineData("refresh-no-drift.json")]
    [InlineData("refresh-no-drift-bare.json")]
    public void Observe_RefreshWithoutDrift_GivesNoItemsAndCountsWhatWasRead(string fixture)
    {
        var observation = PulumiFixtures.Observe(fixture);
        Assert.Empty(observation.Items);
        Assert.Empty(observation.Ignored);
        Assert.Equal(ObservationKind.PulumiRefresh, observation.Source.Kind);
        Assert.Equal(5, observation.Source.ResourcesRead);
        Assert.Equal(RunAt, observation.Source.ObservedAt);
    }

    [Fact]
    public void Observe_RefreshWithDrift_GivesOneItemPerResourceAndIgnoresTheTag()
    {
        var observation = PulumiFixtures.Observe("refresh-drift.json");
        Assert.Equal(ExampleDrift.Order(StringComparer.Ordinal), Describe(observation).Order(StringComparer.Ordinal));
        var ignored = Assert.Single(observation.Ignored);
        Assert.Equal(("azure-tags", "tags", PropertyChange.Added), (ignored.Rule, ignored.Property.Path, ignored.Property.Change));
        Assert.Equal("{\"ManagedBy\":\"Exampleshire ICT\"}", ignored.Property.Live.Json);
    }

    [Fact]
    public void Observe_RefreshWithDrift_JoinsTheResourceToItsControlsAndStackFileLines()
    {
        var item = PulumiFixtures.Observe("refresh-drift.json").Items.Single(i => i.Resource.LogicalName == "ca-require-mfa");
        Assert.Contains("MFA-01", item.Controls);
        Assert.Equal("schools/Pulumi.oakfield-primary.yaml", item.Resource.Source.File);
        Assert.True(item.Resource.Source.Line > 0);
        Assert.Equal("Require MFA for everyone who can reach personal data", item.Resource.DisplayName);
        Assert.Equal(DriftSeverity.High, item.Severity);
    }

    [Theory]
    [InlineData("events-refresh.jsonl")]
    [InlineData("events-refresh-pretty.json")]
    [InlineData("events-cloud.jsonl")]
    [InlineData("events-cloud-api.json")]
    [InlineData("events-refresh-no-result.jsonl")]
    public void Observe_RefreshEvents_FindTheSameDriftAsTheDigestWithTheirOwnTime(string fixture)
    {
        var observation = PulumiFixtures.Observe(fixture);
        Assert.Equal(ExampleDrift.Order(StringComparer.Ordinal), Describe(observation).Order(StringComparer.Ordinal));
        Assert.Equal(ObservationKind.PulumiEvents, observation.Source.Kind);
        Assert.Equal(NodaTime.Instant.FromUnixTimeSeconds(1796368923), observation.Source.ObservedAt);
        Assert.Single(observation.Ignored);
    }

    [Fact]
    public void Observe_FailedReadInEvents_IsUnreadableNotAbsent()
    {
        var item = PulumiFixtures.Observe("events-refresh-failed.jsonl").Items.Single(i => i.Resource.LogicalName == "backupVault-main");
        Assert.Equal(DriftKind.Unreadable, item.Kind);
        Assert.Equal(NextDeploy.CannotTell, item.NextDeploy);
        Assert.Equal(DriftSeverity.High, item.Severity);
    }

    [Fact]
    public void Observe_ErrorDiagnosticForOneResource_MakesItUnreadable()
    {
        var item = Assert.Single(PulumiFixtures.Observe("refresh-read-failed.json").Items);
        Assert.Equal((DriftKind.Unreadable, "backupVault-main"), (item.Kind, item.Resource.LogicalName));
        Assert.Contains("AuthorizationFailed", item.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Observe_UpdateCountedButNotNamed_IsAnUnreadableItem()
    {
        var observation = PulumiFixtures.Observe("refresh-unnamed-update.json");
        var unnamed = Assert.Single(observation.Items, i => i.Kind == DriftKind.Unreadable);
        Assert.Contains("counted 3 changed resources but its output names only 2", unnamed.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Observe_PreviewWithRefresh_ReadsTheProgramsPlanForEveryOp()
    {
        var observation = PulumiFixtures.Observe("preview-refresh.json");
        Assert.Equal(ObservationKind.PulumiPreview, observation.Source.Kind);
        string[] expected =
        [
            "ChangedOutsidePipeline ca-require-mfa [state: \"enabled\" -> \"enabledForReportingButNotEnforced\"] PutsBack",
            "ChangedOutsidePipeline group-teaching [types[0]: \"DynamicMembership\" -> (not set)] Replaces",
            "DeletedOutsidePipeline gsa-olderPupils-blocked-domains [] CreatesAgain",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Describe(observation).Order(StringComparer.Ordinal));
        Assert.Equal(5, observation.Source.ResourcesRead);
    }

    [Fact]
    public void Observe_StreamedPreviewWithRefresh_PutsTheSignInRuleBack() =>
        Assert.Equal(["ChangedOutsidePipeline ca-require-mfa [state: \"enabled\" -> \"enabledForReportingButNotEnforced\"] PutsBack"],
            Describe(PulumiFixtures.Observe("events-preview-refresh.jsonl")));

    [Theory]
    [InlineData("preview-no-refresh.json", "SI4009")]
    [InlineData("events-up.jsonl", "SI4013")]
    [InlineData("events-unfinished.jsonl", "SI4016")]
    [InlineData("refresh-maybe-corrupt.json", "SI4011")]
    [InlineData("refresh-nothing-read.json", "SI4010")]
    [InlineData("refresh-run-failed.json", "SI4012")]
    [InlineData("output-json-summary.json", "SI4004")]
    [InlineData("stack-export.json", "SI4004")]
    public void Observe_OutputThatIsNotACompleteDriftCheck_IsAnError(string fixture, string code) =>
        Assert.Contains(code, Errors(Bytes(fixture), fixture).Select(d => d.Code));

    [Fact]
    public void Observe_TruncatedDigest_IsAnErrorAtTheEndOfTheFile()
    {
        var whole = Bytes("refresh-drift.json");
        var cut = whole[..(whole.Length / 2)];
        var error = Assert.Single(Errors(cut));
        Assert.Equal("SI4003", error.Code);
        var lines = Encoding.UTF8.GetString(cut).Split('\n');
        Assert.Equal(lines.Length, error.Location.Line);
        Assert.Equal("refresh.json", error.Location.File);
    }

    [Fact]
    public void Observe_TruncatedEventStream_IsAnError() =>
        Assert.Contains("SI4003", Errors(Bytes("events-refresh.jsonl")[..20_000]).Select(d => d.Code));

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Observe_EmptyFile_IsCutShort(string text) =>
        Assert.Equal("SI4003", Assert.Single(Errors(Encoding.UTF8.GetBytes(text))).Code);

    [Fact]
    public void Observe_InvalidJson_IsAnErrorWithLineAndColumn()
    {
        var text = Text("refresh-no-drift.json").Replace("\"op\": \"refresh\",\n            \"urn\": \"urn:pulumi:oakfield-primary::schoolinfra::pulumi:providers:azuread", "\"op\": refresh,\n            \"urn\": \"urn:pulumi:oakfield-primary::schoolinfra::pulumi:providers:azuread", StringComparison.Ordinal);
        var error = Assert.Single(Errors(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("SI4002", error.Code);
        var line = text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("\"op\": refresh", StringComparison.Ordinal)).i + 1;
        Assert.Equal((line, 19), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Observe_UnknownOp_IsAnErrorPointingAtIt()
    {
        var text = ReplaceFirst(Text("refresh-drift.json"), "\"op\": \"delete\"", "\"op\": \"teleport\"");
        var error = Assert.Single(Errors(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("SI4008", error.Code);
        Assert.Contains("\"op\": \"teleport\"", text.Split('\n')[error.Location.Line - 1], StringComparison.Ordinal);
        Assert.Equal(19, error.Location.Column);
    }

    [Fact]
    public void Observe_RefreshOfAnotherStack_IsRefused() =>
        Assert.Contains("SI4014", Errors(Encoding.UTF8.GetBytes(Text("refresh-drift.json").Replace("urn:pulumi:oakfield-primary::", "urn:pulumi:elmwood-infant::", StringComparison.Ordinal))).Select(d => d.Code));

    [Fact]
    public void Observe_StepsOfTheWrongShape_IsAnError() =>
        Assert.Equal("SI4006", Assert.Single(Errors(Encoding.UTF8.GetBytes("{\n    \"steps\": \"none\",\n    \"changeSummary\": {}\n}\n"))).Code);

    [Fact]
    public void Observe_StepWithoutUrn_IsAnError()
    {
        var text = ReplaceFirst(Text("refresh-drift.json"), "\"op\": \"delete\",\n            \"urn\": ", "\"op\": \"delete\",\n            \"name\": ");
        Assert.Contains("SI4007", Errors(Encoding.UTF8.GetBytes(text)).Select(d => d.Code));
    }

    [Fact]
    public void Observe_UnknownEventKind_IsAnError()
    {
        var text = Text("events-refresh.jsonl").Replace("{\"sequence\":2,\"timestamp\":1796368923,\"diagnosticEvent\"", "{\"sequence\":2,\"timestamp\":1796368923,\"teleportEvent\"", StringComparison.Ordinal);
        Assert.Contains("SI4006", Errors(Encoding.UTF8.GetBytes(text)).Select(d => d.Code));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
