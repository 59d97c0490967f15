using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Issue;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Tests.Model;

/// <summary>Singular and plural wording of the front page, the action list and the trend.</summary>
public sealed class WordingTests
{
    private static EvaluatedControl Evaluated(string id, FindingStatus status, ControlSeverity severity = ControlSeverity.High) =>
        new(new Control(id, "Backups", $"Title of {id}", "Statement.", [], severity, [EvidenceKind.Config], id, SourceSpan.None),
            status, new Finding(id, status, "Summary.", [], SourceSpan.None), 0, false);

    [Fact]
    public void Verdict_OneNotMet_IsSingular()
    {
        var (verdict, key) = FrontPageBuilder.Verdict("Oakfield", [Evaluated("A-01", FindingStatus.Met), Evaluated("A-02", FindingStatus.NotMet)], 1);

        Assert.Equal("Oakfield meets 1 of its 2 controls; 1 is not fully met, of high importance.", verdict);
        Assert.Equal("not-met", key);
    }

    [Fact]
    public void Verdict_TwoNotMetAndOneUnchecked_IsPlural()
    {
        var (verdict, _) = FrontPageBuilder.Verdict("Oakfield",
            [Evaluated("A-01", FindingStatus.NotMet), Evaluated("A-02", FindingStatus.Partial, ControlSeverity.Low), Evaluated("A-03", FindingStatus.NoEvidence)], 3);

        Assert.Equal("Oakfield meets 0 of its 3 controls; 2 are not fully met, 1 of high importance, and 1 could not be checked yet.", verdict);
    }

    [Fact]
    public void Verdict_AllMet_SaysSo()
    {
        Assert.Equal(("Oakfield meets all 1 control it was checked against.", "met"), FrontPageBuilder.Verdict("Oakfield", [Evaluated("A-01", FindingStatus.Met)], 0));
    }

    [Theory]
    [InlineData(0, "There is nothing to fix.")]
    [InlineData(1, "1 thing to fix, most serious first.")]
    [InlineData(2, "2 things to fix, most serious first.")]
    public void ActionsSummary_CountsInTheRightNumber(int count, string start)
    {
        Assert.StartsWith(start, ActionListBuilder.Summary(count), StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_OneNewNoneFixed_IsSingular()
    {
        var previous = new IssuedReport(new LocalDate(2026, 9, 9), "sha256:0", [new IssuedProblem("A-01", "x", "not met", "Old.")], null, null, null);

        var trend = TrendBuilder.Between(previous, [new IssuedProblem("A-01", "x", "not met", "Old."), new IssuedProblem("A-02", "y", "partial", "New.")]);

        Assert.Equal("Since the report issued on 9 Sep 2026: 1 new problem, 0 fixed and 1 still open.", trend.Summary);
        Assert.Equal(["A-02: New."], trend.New.AsEnumerable());
        Assert.Equal(["A-01: Old."], trend.StillOpen.AsEnumerable());
        Assert.Empty(trend.Fixed);
    }

    [Fact]
    public void Trend_OneProblemOnSeveralControls_IsOneLineNamingThemAll()
    {
        var previous = new IssuedReport(new LocalDate(2026, 9, 9), "sha256:0", [], null, null, null);
        const string Change = "The sign-in rule \"Require MFA\" was switched to report-only outside the approved process.";

        var trend = TrendBuilder.Between(previous,
            [new IssuedProblem("MFA-01", "drift", "not met", Change), new IssuedProblem("MFA-04", "drift", "not met", Change), new IssuedProblem("IAM-05", "drift", "not met", Change)]);

        Assert.Equal([$"MFA-01, MFA-04 and IAM-05: {Change}"], trend.New.AsEnumerable());
        Assert.Equal("Since the report issued on 9 Sep 2026: 1 new problem, 0 fixed and 0 still open.", trend.Summary);
    }

    [Fact]
    public void Trend_NothingIssuedBefore_SaysSo()
    {
        Assert.Equal("No report has been issued before, so there is nothing to compare with yet.", TrendBuilder.Between(null, ImmutableArray<IssuedProblem>.Empty).Summary);
    }
}
