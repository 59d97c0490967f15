using System.Collections.Immutable;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>The front page: a one-sentence verdict, live versus declared, the DfE standards and every action.</summary>
internal static class FrontPageBuilder
{
    public static FrontPage Build(
        ReportInputs inputs, ImmutableArray<EvaluatedControl> evaluated, ImmutableArray<ActionLine> actions)
    {
        var (verdict, key) = Verdict(inputs.Config.School.Name, evaluated, actions.Length);
        return new FrontPage(
            verdict,
            key,
            CheckingBuilder.Build(inputs, evaluated),
            StandardsBuilder.Build(evaluated),
            ActionListBuilder.Summary(actions.Length, actions.Any(a => a.LiveChange.Length > 0)),
            actions);
    }

    /// <summary>One sentence: how many controls are met, what is wrong, what is unknown.</summary>
    public static (string Verdict, string Key) Verdict(string school, IReadOnlyCollection<EvaluatedControl> evaluated, int actions)
    {
        var total = evaluated.Count;
        if (total == 0)
        {
            return ($"The checks have not run, so this report cannot say whether {school} meets its policy.", "no-evidence");
        }

        var met = evaluated.Count(e => e.Status == FindingStatus.Met);
        var waived = evaluated.Count(e => e.Status == FindingStatus.Waived);
        var broken = evaluated.Count(e => e.Status is FindingStatus.NotMet or FindingStatus.Partial);
        var high = evaluated.Count(e => e.Status is FindingStatus.NotMet or FindingStatus.Partial && e.Control.Severity == ControlSeverity.High);
        var unknown = evaluated.Count(e => e.Status == FindingStatus.NoEvidence);
        var start = $"{school} meets {met} of its {EnglishList.Count(total, "control")}";
        if (broken == 0 && unknown == 0)
        {
            var all = waived == 0 ? $"{school} meets all {EnglishList.Count(total, "control")} it was checked against" : $"{start}, with {waived} waived";
            return actions == 0
                ? ($"{all}.", "met")
                : ($"{all}, and has {EnglishList.Count(actions, "other thing", "other things")} to put right.", "partial");
        }

        var parts = new List<string>();
        if (broken > 0)
        {
            var importance = high == 0 ? string.Empty
                : high == broken ? (broken == 1 ? ", of high importance" : ", all of high importance")
                : $", {high} of high importance";
            parts.Add($"{broken} {(broken == 1 ? "is" : "are")} not fully met{importance}");
        }

        if (unknown > 0)
        {
            parts.Add($"{unknown} could not be checked yet");
        }

        return ($"{start}; {string.Join(", and ", parts)}.", broken > 0 ? "not-met" : "partial");
    }
}
