using System.Collections.Immutable;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Issue;

/// <summary>Every open problem of the current findings, in catalogue order, as an issued report records them.</summary>
public static class OpenProblems
{
    public static ImmutableArray<IssuedProblem> Of(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var keys = PlainKeys.From(inputs.Config, inputs.Desired);
        return
        [
            .. inputs.Catalogue
                .Select(c => inputs.Findings.FirstOrDefault(f => f.ControlId == c.Id))
                .OfType<Finding>()
                .Where(f => f.Status is FindingStatus.NotMet or FindingStatus.Partial or FindingStatus.NoEvidence)
                .SelectMany(f => f.Problems.IsEmpty
                    ? [new IssuedProblem(f.ControlId, "finding", Word(f.Status), Plain(keys, f.Summary))]
                    : f.Problems.Select(p => new IssuedProblem(f.ControlId, p.Key, Word(p.Status), Plain(keys, p.Message)))),
        ];
    }

    private static string Plain(PlainKeys keys, string text) => Sentences.Full(keys.Rewrite(DisplayDates.InText(text)));

    private static string Word(FindingStatus status) => status switch
    {
        FindingStatus.NotMet => "not met",
        FindingStatus.Partial => "partial",
        _ => "no evidence",
    };
}
