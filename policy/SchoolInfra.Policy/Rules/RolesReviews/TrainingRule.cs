using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-05: staff and governors are trained every year (DfE-CS CS2; KCSIE). The year's training record gives
/// counts, never names: staff completion at least <c>staffPercent</c> (90), at least one governor, enhanced
/// training within 12 months for the responsible governor, the senior lead and the DSL, and new starters trained
/// within 30 days.
/// </summary>
public sealed class TrainingRule : IRule
{
    private static readonly SchoolRole[] Enhanced = [SchoolRole.ResponsibleGovernor, SchoolRole.FmSltLead, SchoolRole.Dsl];

    public string Id => "rev-05";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at, FurtherProblems.AsAlsoLines);
        var due = RecordSchedule.Annual(RecordKind.Training, context.Records, context.Today);
        result.Scheduled(due, "yearly online safety and cyber training", at,
            "train all staff and at least one governor and add a training record with the completion counts", SchoolRole.SltDigitalLead);
        if (due.Latest is not { } training)
        {
            return result.Build(string.Empty);
        }

        var target = control.IntParameter("staffPercent", 90);
        var percent = training.Number("staffCompletedPercent");
        if (percent is null || percent < target)
        {
            result.NotMet(training.SpanOf("staffCompletedPercent"),
                $"Only {(percent is null ? "an unrecorded share" : $"{Wording.Number(percent.Value)}%")} of staff completed the training; the target is {Wording.Number(target)}% or more.", "train the remaining staff and update staffCompletedPercent", SchoolRole.SltDigitalLead);
        }

        if (training.Number("governorsTrained") is not > 0)
        {
            result.NotMet(training.SpanOf("governorsTrained"), "No governor has completed the training this year.",
                "train at least one governor and record governorsTrained", SchoolRole.ChairOfGovernors);
        }

        var enhanced = training.Section("enhanced");
        var lapsed = Enhanced.Where(role => enhanced is null
            || SchoolRecord.DateIn(enhanced, Core.Config.ConfigNaming.EnumValue(role)) is not { } done
            || done < context.Today.PlusMonths(-12)).ToList();
        if (lapsed.Count > 0)
        {
            result.Partial(training.SpanOf("enhanced"),
                $"Enhanced filtering and monitoring training in the last 12 months is not recorded for {Wording.List(lapsed.Select(Wording.Role))}.", "record the date of each role's enhanced training under enhanced", SchoolRole.SltDigitalLead);
        }

        if (training.Number("newStarters") is { } starters && (training.Number("newStartersTrainedWithin30Days") ?? 0) < starters)
        {
            result.Partial(training.SpanOf("newStartersTrainedWithin30Days"), "Not every new starter was trained within 30 days of starting.",
                "train new starters in their first 30 days", SchoolRole.SltDigitalLead);
        }

        result.Evidence($"{(percent is null ? "No" : $"{Wording.Number(percent.Value)}%")} staff completion and {Wording.Plural(training.Number("governorsTrained") ?? 0, "governor", "governors")} trained in {SchoolCalendar.AcademicYearName(training.Date)}.");
        return result.Build("Staff and governors were trained this year.");
    }
}
