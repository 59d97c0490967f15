using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Monitoring;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class MonitoringRulesTests
{
    private static RecordSet WeeksReviewed(string weeks) => Oakfield.Replacing(Oakfield.Record($"kind: monitoring-review\ndate: 2026-11-20\nby: dsl\nweeks: [{weeks}]\n"));

    private const string AllWeeks = "2026-08-31, 2026-09-07, 2026-09-14, 2026-09-21, 2026-09-28, 2026-10-05, 2026-10-12, 2026-10-19, 2026-11-02, 2026-11-09, 2026-11-16";

    [Fact]
    public void Evaluate_PlanWithWeeklyReviewsAndIndividualLogons_IsMet() =>
        FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new MonitoringPlanRule(), Oakfield.WithoutClassLogons(), WeeksReviewed(AllWeeks)));

    [Fact]
    public void Evaluate_ExampleClassLogons_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new MonitoringPlanRule()));

    [Fact]
    public void Evaluate_OneWeekNotReviewed_IsPartial()
    {
        var finding = Oakfield.Evaluate(new MonitoringPlanRule(), Oakfield.WithoutClassLogons(), WeeksReviewed(AllWeeks.Replace("2026-09-21, ", string.Empty, StringComparison.Ordinal)));
        FindingAssert.Is(FindingStatus.Partial, finding);
        Assert.Contains("2026-09-21", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoWeeksRunningNotReviewed_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new MonitoringPlanRule(),
        Oakfield.WithoutClassLogons(), WeeksReviewed(AllWeeks.Replace("2026-09-21, 2026-09-28, ", string.Empty, StringComparison.Ordinal))));

    [Fact]
    public void Evaluate_HalfTermWeekIsNotMissed() =>
        Assert.DoesNotContain("2026-10-26", Oakfield.Evaluate(new MonitoringPlanRule(), Oakfield.WithoutClassLogons(), WeeksReviewed(AllWeeks)).Summary, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_AlertsOnlyToTheItProvider_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new MonitoringPlanRule(),
        Oakfield.WithoutClassLogons() with { Monitoring = Oakfield.Config.Monitoring! with { HighRiskAlertsTo = [SchoolRole.ItProvider] } }, WeeksReviewed(AllWeeks)));

    [Fact]
    public void Evaluate_NoMonitoringPlan_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new MonitoringPlanRule(), Oakfield.WithoutClassLogons() with { Monitoring = null }));

    [Fact]
    public void Evaluate_TermsIncidentLog_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new IncidentLogRule()));

    [Fact]
    public void Evaluate_IncidentWithoutOutcome_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new IncidentLogRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: incident-log\ndate: 2026-11-20\nby: sltDigitalLead\nincidents:\n  - found: 2026-10-12\n    category: phishing\n    actions: Email removed.\n"))));

    [Fact]
    public void Evaluate_BreachReportedToIcoAfterAWeek_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new IncidentLogRule(),
        records: Oakfield.Replacing(Oakfield.Record("""
            kind: incident-log
            date: 2026-11-20
            by: sltDigitalLead
            incidents:
              - found: 2026-10-12
                category: dataBreach
                actions: Email recalled; families told.
                outcome: Contained.
                personalDataBreach: true
                icoReportedOn: 2026-10-19
            """))));

    [Fact]
    public void Evaluate_LogSayingNoIncidents_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new IncidentLogRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: incident-log\ndate: 2026-11-20\nby: sltDigitalLead\nnoIncidents: true\n"))));

    [Fact]
    public void Evaluate_NoIncidentLog_IsNoEvidence() =>
        FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new IncidentLogRule(), records: Oakfield.Without(RecordKind.IncidentLog)));
}
