using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Evaluation;

/// <summary>
/// Drift as evidence: where each finding's evidence came from, and how the latest drift check judges the live part
/// of a control (reference/controls.md section 1, DESIGN.md "Evidence for a control").
/// </summary>
public sealed class LiveEvidenceTests
{
    private static readonly RuleRegistry Rules = RuleRegistry.Discover(new DiagnosticBag());
    private static readonly ControlCatalogue Catalogue = new([.. Oakfield.Catalogue.Controls.Where(c => Rules.Find(c.Rule) is not null)]);
    private static readonly Instant CheckedAt = Instant.FromUtc(2026, 11, 23, 5, 31);

    private static Finding Evaluate(string control, DriftResult? drift, LocalDate? today = null)
    {
        var context = new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, today ?? Oakfield.Today) { Drift = drift };
        return PolicyEvaluator.Evaluate(Catalogue, Rules, context).Single(f => f.ControlId == control);
    }

    private static DriftResult Drift(params DriftItem[] items) => new(ExampleSchool.Stack, CheckedAt,
        [new ObservationSource(ObservationKind.PulumiRefresh, "refresh.json", CheckedAt, 94)], [.. items], []);

    private static DriftItem Item(string logicalName, DriftKind kind, params PropertyDrift[] properties)
    {
        var declared = Oakfield.Desired.Find(logicalName) ?? throw new InvalidOperationException(logicalName);
        var resource = new DriftResource($"urn:pulumi:oakfield-primary::schoolinfra::{declared.Type}::{logicalName}", declared.Type, logicalName,
            "Require MFA for everyone who can reach personal data", declared.Purpose, declared.Source, declared.Controls);
        return new DriftItem(resource, kind, [.. properties], kind == DriftKind.Unreadable ? NextDeploy.CannotTell : NextDeploy.PutsBack,
            DriftSeverity.High, SchoolRole.ItProvider, ObservationKind.PulumiRefresh);
    }

    private static PropertyDrift ReportOnly() =>
        new("state", PropertyChange.Changed, DriftValue.Known("\"enabled\""), DriftValue.Known("\"enabledForReportingButNotEnforced\""));

    [Fact]
    public void Evaluate_WithoutADriftCheck_ConfigControlIsDeclaredOnlyAndNeverChecked()
    {
        var finding = Evaluate("MFA-01", null);
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.True(finding.DeclaredOnly);
        Assert.False(finding.CheckedLive);
        Assert.Contains(EvidenceKind.Tenant, finding.Unchecked);
        Assert.Equal("declared only, not checked live", Provenance.Phrase(finding.Sources));
    }

    [Fact]
    public void Evaluate_RecordControl_NamesTheRecordAndItsDate()
    {
        var finding = Evaluate("BAK-06", null);
        var recorded = Assert.Single(finding.Sources, s => s.Origin == EvidenceOrigin.Recorded);
        Assert.Equal("the restore-test record of 2026-10-21", recorded.Description);
        Assert.Equal(Instant.FromUtc(2026, 10, 21, 0, 0), recorded.At);
        Assert.False(finding.DeclaredOnly);
    }

    [Fact]
    public void Evaluate_DriftOnTheControlsResource_IsNotMetAtItsStackFileLines()
    {
        var item = Item("ca-require-mfa", DriftKind.ChangedOutsidePipeline, ReportOnly());
        var finding = Evaluate("MFA-01", Drift(item));
        Assert.Equal(FindingStatus.NotMet, finding.Status);
        Assert.Equal(item.Resource.Source, finding.Location);
        Assert.Equal(SchoolRole.ItProvider, finding.ActionBy);
        Assert.Contains("was switched to report-only outside the pipeline", finding.Summary, StringComparison.Ordinal);
        Assert.True(finding.CheckedLive);
        Assert.Equal(CheckedAt, Assert.Single(finding.Sources, s => s.Origin == EvidenceOrigin.ObservedLive).At);
    }

    [Fact]
    public void Evaluate_DriftOnAResourceWithSeveralControls_EachProblemCarriesTheSameItem()
    {
        // Reports name one change once and point to it from every control it breaks (issue 12).
        var item = Item("ca-require-mfa", DriftKind.ChangedOutsidePipeline, ReportOnly());
        foreach (var control in new[] { "MFA-01", "MFA-04", "CHG-04" })
        {
            var problem = Assert.Single(Evaluate(control, Drift(item)).Problems, p => !p.Drift.IsEmpty);
            Assert.Same(item, Assert.Single(problem.Drift));
        }

        Assert.All(Evaluate("MFA-01", null).Problems, p => Assert.True(p.Drift.IsEmpty));
    }

    [Fact]
    public void Evaluate_CleanRefreshOfACoveredControl_ChecksItsLivePart()
    {
        var finding = Evaluate("MFA-01", Drift());
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.DoesNotContain(EvidenceKind.Tenant, finding.Unchecked);
        Assert.DoesNotContain(finding.Evidence, e => e.StartsWith("Not yet checked in the live tenant", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Contains("found the", StringComparison.Ordinal) && e.Contains("as declared", StringComparison.Ordinal));
        Assert.Equal("checked live on 2026-11-23", Provenance.Phrase(finding.Sources));
    }

    [Fact]
    public void Evaluate_CleanRefreshOfAControlItDoesNotCover_KeepsTheLivePartUnchecked()
    {
        var finding = Evaluate("MFA-04", Drift());
        Assert.Contains(EvidenceKind.Tenant, finding.Unchecked);
        Assert.Contains(finding.Evidence, e => e.StartsWith("Not yet checked in the live tenant", StringComparison.Ordinal));
        Assert.True(finding.CheckedLive);
    }

    [Fact]
    public void Evaluate_UnreadableResource_LeavesNoEvidenceNeverMet()
    {
        var finding = Evaluate("MFA-01", Drift(Item("ca-require-mfa", DriftKind.Unreadable)));
        Assert.Equal(FindingStatus.NoEvidence, finding.Status);
        Assert.Contains(EvidenceKind.Tenant, finding.Unchecked);
    }

    [Fact]
    public void Evaluate_Chg04WithoutADriftCheck_IsNoEvidence() =>
        FindingAssert.Is(FindingStatus.NoEvidence, Evaluate("CHG-04", null));

    [Fact]
    public void Evaluate_Chg04WithARecentCleanCheck_IsMetAndCheckedLive()
    {
        var finding = Evaluate("CHG-04", Drift());
        FindingAssert.Is(FindingStatus.Met, finding);
        Assert.True(finding.CheckedLive);
    }

    [Fact]
    public void Evaluate_Chg04WithAnOldCleanCheck_IsNoEvidence()
    {
        var finding = Evaluate("CHG-04", Drift(), today: new LocalDate(2026, 11, 26));
        FindingAssert.Is(FindingStatus.NoEvidence, finding);
        Assert.Contains("more than 2 days ago", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Chg04WhileDriftIsOpen_IsNotMet()
    {
        var finding = Evaluate("CHG-04", Drift(Item("ca-require-mfa", DriftKind.ChangedOutsidePipeline, ReportOnly())));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.StartsWith("Open drift found on 2026-11-23: the sign-in rule", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("was switched to report-only outside the pipeline", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_RefreshCoversOnlyControlsWhoseLivePartIsTheDeclaredResources() =>
        Assert.Equal(["BAK-01", "LOG-01", "LOG-03", "MFA-01"],
            Oakfield.Catalogue.Controls.Where(c => c.Live.Contains(LiveCheck.Refresh)).Select(c => c.Id).Order(StringComparer.Ordinal));
}
