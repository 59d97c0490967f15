using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-05: staff and governors are trained every year (DfE-CS CS2; KCSIE). The year's training record counts each
/// declared group on its own, never names: staff together reach at least <c>staffPercent</c> (90), every staff group
/// is recorded and none falls below that share (partial), at least one governor is trained (CS2), enhanced training
/// within 12 months for the responsible governor, the senior lead and the DSL, and new starters trained within 30
/// days. Staff and governors are never added together: "3 of 11 governors" is reported as exactly that.
/// </summary>
/// <remarks>
/// Records read: <c>training</c> with <c>groups</c> (each <c>group</c>, a declared group key, <c>trained</c> and
/// <c>of</c>), <c>enhanced</c> (a date per role), <c>newStarters</c> and <c>newStartersTrainedWithin30Days</c>.
/// </remarks>
public sealed class TrainingRule : IRule
{
    private static readonly SchoolRole[] Enhanced = [SchoolRole.ResponsibleGovernor, SchoolRole.FmSltLead, SchoolRole.Dsl];

    public string Id => "rev-05";

    /// <summary>The groups whose people are staff (the IT provider's administrator accounts included): all but governors, pupils, guests and services.</summary>
    public static bool IsStaff(GroupKind kind) => kind is GroupKind.Teaching or GroupKind.Support or GroupKind.Office or GroupKind.Slt or GroupKind.Dsl or GroupKind.ItAdmin;

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (result.ScheduledAnnual(RecordKind.Training, context, "yearly online safety and cyber training", at,
            "train all staff and at least one governor and add a training record with the numbers trained in each group", SchoolRole.SltDigitalLead) is not { } training)
        {
            return result.Build(string.Empty);
        }

        var target = control.IntParameter("staffPercent", 90);
        var counts = TrainingCounts.Read(training);
        var groups = context.Config.Identity.Groups;
        var staff = groups.Where(g => IsStaff(g.Kind)).ToList();
        var unrecorded = staff.Where(g => !counts.ContainsKey(g.Key)).Select(g => g.DisplayName).ToList();
        var recorded = staff.Where(g => counts.ContainsKey(g.Key)).Select(g => (Group: g, Count: counts[g.Key])).ToList();
        var trained = recorded.Sum(r => r.Count.Trained);
        var of = recorded.Sum(r => r.Count.Of);
        var percent = of == 0 ? 0 : trained * 100 / of;
        if (of == 0 || percent < target)
        {
            result.NotMet("staffCompletion", training.SpanOf("groups"),
                of == 0 ? "The training record does not count the staff trained." : $"Only {Wording.Number(trained)} of {Wording.Number(of)} staff ({Wording.Number(percent)}%) completed the training; the target is {Wording.Number(target)}% or more.",
                "train the remaining staff and record the numbers trained in each group", SchoolRole.SltDigitalLead);
        }

        foreach (var (group, count) in recorded.Where(r => r.Count.Of > 0 && r.Count.Trained * 100 / r.Count.Of < target))
        {
            result.Partial("groupBehind", training.SpanOf("groups"), $"Only {count.Describe(Wording.InSentence(group.DisplayName))} completed the training.",
                "train the rest of this group", SchoolRole.SltDigitalLead);
        }

        if (unrecorded.Count > 0)
        {
            result.Partial("groupNotRecorded", training.SpanOf("groups"), $"The training record does not count {Wording.List(unrecorded.Select(Wording.InSentence))}.",
                "record how many people in each staff group were trained", SchoolRole.SltDigitalLead);
        }

        var governors = groups.Where(g => g.Kind == GroupKind.Governor).Select(g => counts.GetValueOrDefault(g.Key)).OfType<TrainingCount>().ToList();
        var governorsTrained = governors.Sum(g => g.Trained);
        var governorsOf = governors.Sum(g => g.Of);
        if (governorsTrained == 0)
        {
            result.NotMet("noGovernorTrained", training.SpanOf("groups"), "No governor has completed the training this year.",
                "train at least one governor and record it under groups", SchoolRole.ChairOfGovernors);
        }

        var enhanced = training.Section("enhanced");
        var lapsed = Enhanced.Where(role => enhanced is null
            || SchoolRecord.DateIn(enhanced, ConfigNaming.EnumValue(role)) is not { } done
            || done < context.Today.PlusMonths(-12)).ToList();
        if (lapsed.Count > 0)
        {
            result.Partial("enhancedTraining", training.SpanOf("enhanced"),
                $"Enhanced filtering and monitoring training in the last 12 months is not recorded for {Wording.List(lapsed.Select(Wording.Role))}.", "record the date of each role's enhanced training under enhanced", SchoolRole.SltDigitalLead);
        }

        if (training.Number("newStarters") is { } starters && (training.Number("newStartersTrainedWithin30Days") ?? 0) < starters)
        {
            result.Partial("newStarters", training.SpanOf("newStartersTrainedWithin30Days"), "Not every new starter was trained within 30 days of starting.",
                "train new starters in their first 30 days", SchoolRole.SltDigitalLead);
        }

        var staffLine = of == 0 ? "no staff counted" : $"{Wording.Number(trained)} of {Wording.Number(of)} staff ({Wording.Number(percent)}%)";
        var governorLine = governorsOf == 0 ? "no governors counted" : $"{Wording.Number(governorsTrained)} of {Wording.Plural(governorsOf, "governor", "governors")}";
        result.Evidence($"Trained in {SchoolCalendar.AcademicYearName(training.Date)}: {staffLine}; {governorLine}.");
        var byGroup = groups.Where(g => counts.ContainsKey(g.Key)).Select(g => counts[g.Key].Describe(Wording.InSentence(g.DisplayName)));
        result.Evidence($"By group: {Wording.List(byGroup)}.");
        return result.Build($"{char.ToUpperInvariant(staffLine[0])}{staffLine[1..]} were trained this year, and {governorLine}; the standard asks for at least one governor.");
    }
}
