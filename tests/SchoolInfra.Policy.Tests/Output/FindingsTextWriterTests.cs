using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Output;
using SchoolInfra.Policy.Rules;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Output;

/// <summary>Issue 12: one wording for a finding's further problems, each on its own line, most serious first.</summary>
public sealed class FindingsTextWriterTests
{
    private static readonly SourceSpan At = SourceSpan.At("schools/Pulumi.test.yaml", 12, 3);

    [Fact]
    public void Write_FindingWithThreeProblems_PrintsEachFurtherProblemOnItsOwnLineMostSeriousFirst()
    {
        var control = Oakfield.Control("MON-01");
        var finding = new FindingBuilder("MON-01", At)
            .Partial("classLogons", At, "Class log-ons cannot be traced.", "give pupils their own log-ons", SchoolRole.Dsl)
            .NotMet("weeklyReview", At, "Two weeks were not reviewed.", "review every week", SchoolRole.Dsl)
            .Partial("another", At, "Another partial problem.", "fix it", SchoolRole.Dsl)
            .Build("Met.");
        var result = new ComplianceResult("test", "Test School", Oakfield.Today, new ControlCatalogue([control]), [finding], [], []);

        var text = FindingsTextWriter.Write(result, colour: false);

        var lines = text.Split('\n').SkipWhile(l => !l.Contains("MON-01", StringComparison.Ordinal)).Take(4).Select(l => l.Trim()).ToArray();
        Assert.Equal(
            [
                "not met     MON-01  A monitoring plan that reaches the safeguarding lead quickly [no evidence read]",
                "Two weeks were not reviewed.",
                "also partial: Class log-ons cannot be traced.",
                "also partial: Another partial problem.",
            ], lines);
        Assert.Single(text.Split('\n'), l => l.Contains("Class log-ons cannot be traced.", StringComparison.Ordinal));
    }
}
