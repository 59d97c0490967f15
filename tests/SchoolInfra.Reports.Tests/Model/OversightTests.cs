using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Tests.Model;

/// <summary>What governors oversee beyond the controls: incidents, review actions, termly-check failures and training.</summary>
public sealed class OversightTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    private static OversightSection FromRecords(params string[] yaml)
    {
        var bag = new DiagnosticBag();
        var records = RecordLoader.Load(yaml.Select((text, i) => ($"schools/oakfield-primary/records/r{i}.yaml", text)), ExampleSchool.Today, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        var inputs = new ReportInputs("oakfield-primary", ExampleSchool.Config(), new DesiredState("oakfield-primary", [], [], [], []), [],
            ImmutableArray<Finding>.Empty, records, [], [], ExampleSchool.Today);
        return ReportModelBuilder.Build(inputs).Oversight;
    }

    [Fact]
    public void Example_Training_IsCountedPerGroupWithTheGovernorsShort()
    {
        var oversight = ExampleReports.Governors(_history).Oversight;

        Assert.Equal(("Governors", "3 of 11", false), oversight.Training.Select(t => (t.Group, t.Trained, t.IsComplete)).Last());
        Assert.Contains("not everyone was trained in 1 group: governors (3 of 11).", oversight.TrainingSummary, StringComparison.Ordinal);
        Assert.Equal(
            "The governor for filtering and monitoring (Ms L. Varga): extra filtering and monitoring training on 23 Sep 2026.",
            oversight.EnhancedTraining[0]);
    }

    [Fact]
    public void Example_IncidentsReviewActionsAndCheckFailures_AreListed()
    {
        var oversight = ExampleReports.Governors(_history).Oversight;

        Assert.Equal("2 incidents were logged this term.", oversight.IncidentsSummary);
        Assert.Equal("The designated safeguarding lead and the IT provider", oversight.Incidents[0].Told);
        Assert.StartsWith("Lost device. ", oversight.Incidents[1].What, StringComparison.Ordinal);
        Assert.Equal(["Done on 8 Jan 2026", "Done on 11 Feb 2026", "Open: due by 16 Dec 2026"], oversight.ReviewActions.Select(a => a.Status));
        Assert.Equal("The last yearly review, on 10 Nov 2025, agreed 3 actions: 2 are done and 1 is open.", oversight.ReviewSummary);
        var failure = Assert.Single(oversight.CheckFailures);
        Assert.Equal("Fixed on 7 Oct 2026", failure.Fixed);
        Assert.Equal("The 1 termly check in the last year found 1 failure. It was fixed.", oversight.ChecksSummary);
    }

    [Fact]
    public void OneIncident_LateAction_UnfixedFailure_ReadInTheSingularAndAreFlagged()
    {
        var oversight = FromRecords(
            """
            kind: incident-log
            date: 2026-11-20
            by: sltDigitalLead
            incidents:
              - found: 2026-10-12
                category: credentialCompromise
                actions: Jamie Smith's password was reset.
                outcome: No data was lost.
                personalDataBreach: true
                told: [dsl, ico]
            """,
            """
            kind: fm-review
            date: 2025-11-10
            by: fmSltLead
            actions:
              - action: Brief staff on reporting.
                owner: fmSltLead
                due: 2026-02-13
            """,
            """
            kind: fm-check
            date: 2026-10-06
            by: fmSltLead
            failures:
              - what: The 4G router was not filtered.
                action: Waiting for the provider.
                retest: failed
            """);

        Assert.Equal("1 incident was logged this term.", oversight.IncidentsSummary);
        var incident = Assert.Single(oversight.Incidents);
        Assert.Equal("Credential compromise. " + SchoolInfra.Reports.Text.ReasonScreen.Withheld, incident.What);
        Assert.Equal("No data was lost. It was a personal data breach, not reported to the ICO.", incident.Outcome);
        Assert.Equal("The designated safeguarding lead and the ICO", incident.Told);
        var action = Assert.Single(oversight.ReviewActions);
        Assert.True(action.IsLate);
        Assert.Equal("Late: was due by 13 Feb 2026", action.Status);
        Assert.Equal("The last yearly review, on 10 Nov 2025, agreed 1 action: 0 are done and 1 is open.", oversight.ReviewSummary);
        Assert.False(Assert.Single(oversight.CheckFailures).IsFixed);
        Assert.Equal("The 1 termly check in the last year found 1 failure. 1 is not fixed yet.", oversight.ChecksSummary);
    }

    [Fact]
    public void NoRecords_EachPartSaysWhatIsMissing()
    {
        var oversight = FromRecords();

        Assert.Equal("No incident log has been recorded this term.", oversight.IncidentsSummary);
        Assert.Equal("No yearly filtering and monitoring review has been recorded.", oversight.ReviewSummary);
        Assert.Equal("No termly filtering and monitoring check has been recorded in the last year.", oversight.ChecksSummary);
        Assert.Equal("No training has been recorded.", oversight.TrainingSummary);
    }
}
