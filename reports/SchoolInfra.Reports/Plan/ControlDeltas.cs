using System.Collections.Immutable;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Plan;

/// <summary>
/// Compares the policy's findings on the settings before and after a change, control by control: what goes worse
/// first (most severe first), then what gets better, then what changes at the same level. Pure.
/// </summary>
public static class ControlDeltas
{
    public static ImmutableArray<ControlDelta> Between(ImmutableArray<Finding> before, ImmutableArray<Finding> after, ImmutableArray<Control> catalogue, ReasonScreen screen)
    {
        var old = before.ToDictionary(f => f.ControlId, StringComparer.Ordinal);
        var deltas = new List<ControlDelta>();
        foreach (var now in after)
        {
            if (!old.TryGetValue(now.ControlId, out var was) || (was.Status == now.Status && Same(was, now)))
            {
                continue;
            }

            var control = catalogue.FirstOrDefault(c => c.Id == now.ControlId);
            var direction = FindingStatuses.Rank(now.Status) > FindingStatuses.Rank(was.Status) ? "worse"
                : FindingStatuses.Rank(now.Status) < FindingStatuses.Rank(was.Status) ? "better"
                : "changed";
            var sentence = was.Status == now.Status
                ? $"{now.ControlId} stays {FindingStatuses.Words(now.Status)}, for a different reason."
                : $"{now.ControlId} goes from {FindingStatuses.Words(was.Status)} to {FindingStatuses.Words(now.Status)}.";
            deltas.Add(new ControlDelta(now.ControlId, control?.Title ?? string.Empty, FindingStatuses.Words(was.Status),
                FindingStatuses.Words(now.Status), direction, sentence, Why(now, screen), Severity(control)));
        }

        return
        [
            .. deltas
                .OrderBy(d => d.Direction switch { "worse" => 0, "better" => 1, _ => 2 })
                .ThenBy(d => d.Severity switch { "high" => 0, "medium" => 1, _ => 2 })
                .ThenBy(d => d.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>The same status and the same problem (a waiver's summary names its dates, approver and reason): a met
    /// control whose evidence lines merely count differently (one more group, one more resource), or whose place in
    /// the file moved, has not changed for the headteacher.</summary>
    private static bool Same(Finding was, Finding now) =>
        was.Status is FindingStatus.Met || (was.Summary == now.Summary && was.Action == now.Action);

    /// <summary>The policy's own summary, in the dates governors read; a waiver's reason only through <see cref="ReasonScreen"/>.</summary>
    private static string Why(Finding finding, ReasonScreen screen) => finding.Waiver is { } waiver
        ? $"Waived until {DisplayDates.Format(waiver.ExpiresOn)}, approved by {RoleNames.InSentence(waiver.ApprovedBy)} on {DisplayDates.Format(waiver.ApprovedOn)}. {Changes.Describers.Reasons.Given(screen, waiver.Reason)}"
        : DisplayDates.InText(finding.Summary);

    private static string Severity(Control? control) => control?.Severity switch
    {
        ControlSeverity.High => "high",
        ControlSeverity.Low => "low",
        _ => "medium",
    };
}
