using NodaTime;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.RolesReviews;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.RolesReviews;

/// <summary>REV-07, REV-08 and REV-09: the reviews issue 12 added after comparing the catalogue with the seeds.</summary>
public sealed class SeedGapReviewRulesTests
{
    private static RecordSet Review(string technology, string date = "2025-11-10", string extra = "") => Oakfield.Replacing(Oakfield.Record(
        $"kind: fm-review\ndate: {date}\nby: fmSltLead\ntechnologyReviewed: [{technology}]\n{extra}"));

    [Fact]
    public void TriggeredReview_ExampleTechnologyReviewed_IsMet() =>
        Expect.Met(Oakfield.Evaluate(new TriggeredReviewRule()), "Reviews have considered Windows laptops, iPads and personal devices on the school network.");

    [Fact]
    public void TriggeredReview_IpadsNeverReviewed_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new TriggeredReviewRule(), records: Review("windowsLaptops, personalDevices")),
        "No filtering and monitoring review has considered iPads, which the school now uses.");

    [Fact]
    public void TriggeredReview_NewRiskWithoutAReviewIn30Days_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new TriggeredReviewRule(),
            records: Oakfield.With(Oakfield.Record("kind: risk-assessment\ndate: 2026-10-01\nby: sltDigitalLead\nnewRisks:\n  - { found: 2026-10-01, risk: Pupils found an AI chatbot that bypasses the filter. }\n"))),
        "A new risk found on 2026-10-01 was not followed by a filtering and monitoring review within 30 days.");

    [Fact]
    public void TriggeredReview_NewRiskReviewedInTime_IsMet() => Expect.Met(Oakfield.Evaluate(new TriggeredReviewRule(),
            records: new RecordSet([.. Oakfield.Records.All, Oakfield.Record("kind: risk-assessment\ndate: 2026-10-01\nby: sltDigitalLead\nnewRisks:\n  - { found: 2026-10-01, risk: An AI chatbot. }\n"),
                Oakfield.Record("kind: fm-review\ndate: 2026-10-20\nby: fmSltLead\ninterim: true\n")])),
        "The risk found on 2026-10-01 was reviewed within 30 days.");

    [Fact]
    public void TrainingNeedsAudit_Example_IsMet() => Expect.Met(Oakfield.Evaluate(new TrainingNeedsAuditRule()), "The audit of 2026-09-18 assessed 7 groups.");

    [Fact]
    public void TrainingNeedsAudit_GovernorsLeftOut_IsPartial() => Expect.Partial(Oakfield.Evaluate(new TrainingNeedsAuditRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: training-needs-audit\ndate: 2026-09-18\nby: sltDigitalLead\ngroups: [teaching, support, office, slt, dsl, itAdmins]\nenhanced: true\n"))),
        "The audit of 2026-09-18 did not assess governors.");

    [Fact]
    public void TrainingNeedsAudit_LastYearsOnly_IsOverdue() => Expect.NotMet(Oakfield.Evaluate(new TrainingNeedsAuditRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: training-needs-audit\ndate: 2025-09-18\nby: sltDigitalLead\ngroups: [teaching]\nenhanced: true\n"))),
        "The yearly audit of training needs for 2026-27 is overdue");

    [Fact]
    public void GovernorLogReview_Example_IsMet() => Expect.Met(Oakfield.Evaluate(new GovernorLogReviewRule()),
        "The safeguarding governor's review of the logs for Autumn 2026 was done on 2026-11-11");

    [Fact]
    public void GovernorLogReview_ByTheHeadteacher_DoesNotCount() => Expect.NoEvidence(Oakfield.Evaluate(new GovernorLogReviewRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: governor-log-review\ndate: 2026-11-11\nby: headteacher\nlogsReviewed: [incidents, filteringChanges]\n"))),
        "There is no safeguarding governor's review of the logs record yet");

    [Fact]
    public void GovernorLogReview_LastTermMissed_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new GovernorLogReviewRule(), today: new LocalDate(2027, 3, 1),
            records: Oakfield.Replacing(Oakfield.Record("kind: governor-log-review\ndate: 2026-07-01\nby: safeguardingGovernor\nlogsReviewed: [incidents, filteringChanges]\n"))),
        "is overdue");

    [Fact]
    public void GovernorLogReview_FilteringChangesNotLookedAt_IsPartial() => Expect.Partial(Oakfield.Evaluate(new GovernorLogReviewRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: governor-log-review\ndate: 2026-11-11\nby: safeguardingGovernor\nlogsReviewed: [incidents]\n"))),
        "did not look at the filtering changes.");
}
