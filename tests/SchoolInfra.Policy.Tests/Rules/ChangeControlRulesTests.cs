using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.ChangeControl;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class ChangeControlRulesTests
{
    private static Core.Model.SchoolConfig WithWaiver(string control, SchoolRole by, LocalDate approved, LocalDate expires) => Oakfield.Config with
    {
        Waivers = [new Waiver { Control = control, Reason = "A reason the governors agreed.", ApprovedBy = by, ApprovedOn = approved, ExpiresOn = expires }],
    };

    [Fact]
    public void Evaluate_ApproversNamedButGitNotRead_IsNoEvidence() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new ApprovedChangesRule()));

    [Fact]
    public void Evaluate_NoSecondApprover_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new ApprovedChangesRule(),
        Oakfield.Config with { Roles = Oakfield.Config.Roles with { SecondResponsiblePerson = null } }));

    [Fact]
    public void Evaluate_ApproversIndependentButGitNotRead_IsNoEvidence() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new NoSelfApprovalRule()));

    [Fact]
    public void Evaluate_ApproverFromTheItProvider_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new NoSelfApprovalRule(),
        Oakfield.Config with { Roles = Oakfield.Config.Roles with { SecondResponsiblePerson = new RoleHolder { Name = "Mr K. Osei", Title = "Engineer, Example Schools IT Ltd" } } }));

    [Fact]
    public void Evaluate_LastTermsChangesReviewed_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new FilteringChangeReviewRule()));

    [Fact]
    public void Evaluate_TermEndedWithoutChangeReview_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new FilteringChangeReviewRule(), today: new LocalDate(2027, 1, 4)));

    [Fact]
    public void Evaluate_ChangeReviewByTheItProvider_DoesNotCount() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new FilteringChangeReviewRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: change-review\ndate: 2026-11-16\nby: itProvider\n"))));

    [Fact]
    public void Evaluate_DriftWithoutObservedState_IsNoEvidence() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new DriftCaughtRule()));

    [Fact]
    public void Evaluate_Drift_IsNeverMetFromConfigAlone() =>
        Assert.NotEqual(FindingStatus.Met, Oakfield.Evaluate(new DriftCaughtRule(), Oakfield.WithoutClassLogons()).Status);

    [Fact]
    public void Evaluate_ExampleWaivers_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new WaiversAndEmergenciesRule()));

    [Fact]
    public void Evaluate_ExpiredWaiver_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new WaiversAndEmergenciesRule(), today: new LocalDate(2026, 12, 17));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("expired on 2026-12-16", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WaiverLongerThan100Days_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new WaiversAndEmergenciesRule(),
        WithWaiver("PWD-05", SchoolRole.Headteacher, new LocalDate(2026, 9, 7), new LocalDate(2027, 3, 1))));

    [Fact]
    public void Evaluate_HighSeverityWaiverApprovedByTheHeadteacher_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new WaiversAndEmergenciesRule(),
        WithWaiver("MON-01", SchoolRole.Headteacher, new LocalDate(2026, 11, 2), new LocalDate(2026, 12, 16))));

    [Fact]
    public void Evaluate_WaiverForUnknownControl_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new WaiversAndEmergenciesRule(),
        WithWaiver("XYZ-99", SchoolRole.ChairOfGovernors, new LocalDate(2026, 11, 2), new LocalDate(2026, 12, 16))));

    [Fact]
    public void Evaluate_EmergencyChangeSignedOffNextDay_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new WaiversAndEmergenciesRule(),
        records: Oakfield.With(Oakfield.Record("kind: emergency-change\ndate: 2026-11-12\nby: itProvider\napprovedOn: 2026-11-13\nmergedOn: 2026-11-16\n"))));

    [Fact]
    public void Evaluate_EmergencyChangeApprovedAWeekLater_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new WaiversAndEmergenciesRule(),
        records: Oakfield.With(Oakfield.Record("kind: emergency-change\ndate: 2026-11-05\nby: itProvider\napprovedOn: 2026-11-12\nmergedOn: 2026-11-12\n"))));

    [Fact]
    public void Evaluate_EmergencyChangeNeverMerged_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new WaiversAndEmergenciesRule(),
        records: Oakfield.With(Oakfield.Record("kind: emergency-change\ndate: 2026-11-05\nby: itProvider\napprovedOn: 2026-11-05\n"))));
}
