using System.Collections.Immutable;
using System.Globalization;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>The at-a-glance summary: counts by status, a bar per status, and what to fix first.</summary>
internal static class GlanceBuilder
{
    private const int RowHeight = 32;
    private const int MostPriorities = 5;

    public static AtAGlance Build(ReportInputs inputs, ImmutableArray<string> attention)
    {
        var evaluated = ControlSectionBuilder.Evaluated(inputs);
        var total = evaluated.Length;
        var statuses = StatusNames.Order.Select((status, i) =>
        {
            var count = evaluated.Count(e => e.Status == status);
            return new StatusCount(
                StatusNames.Key(status),
                StatusNames.Label(status),
                count,
                total == 0 ? "0%" : ((int)Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%",
                total == 0 ? 0 : (int)Math.Round((double)StatusCount.MaxBarWidth * count / total, MidpointRounding.AwayFromZero),
                i * RowHeight);
        }).ToImmutableArray();

        var summary = total == 0
            ? "The control checks have not run, so this report cannot yet say which controls are met."
            : $"SchoolInfra checked {EnglishList.Count(total, "control")}. Of these, " + EnglishList.Join(statuses.Where(s => s.Count > 0)
                .Select(s => StatusNames.CountPhrase(StatusNames.Order[statuses.IndexOf(s)], s.Count))) + ".";
        var priorities = evaluated
            .Select((e, order) => (e.Control, e.Status, e.Finding, Order: order))
            .Where(e => e.Status is FindingStatus.NotMet or FindingStatus.Partial)
            .OrderByDescending(e => e.Control.Severity)
            .ThenBy(e => e.Status == FindingStatus.NotMet ? 0 : 1)
            .ThenBy(e => e.Order)
            .Take(MostPriorities)
            .Select(e => new PriorityLine(e.Control.Id, e.Control.Title, StatusNames.Label(e.Status),
                Sentences.Full(DisplayDates.InText(e.Finding?.Action ?? string.Empty)), ControlSectionBuilder.ActionBy(inputs.Config.Roles, e.Finding?.ActionBy)))
            .ToImmutableArray();
        return new AtAGlance(total, summary, statuses, StatusNames.Order.Count * RowHeight, priorities, attention);
    }
}
