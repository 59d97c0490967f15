using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// The controls: met ones in one compact table, the rest (not met, partly met, not checked, waived) as cards. A control
/// nobody evaluated shows as "No evidence yet", never as met; a finding for a control the catalogue does not list is
/// not shown.
/// </summary>
internal static class ControlSectionBuilder
{
    public static ImmutableArray<EvaluatedControl> Evaluated(ReportInputs inputs) =>
    [
        .. inputs.Catalogue.Select((control, order) =>
        {
            var finding = inputs.Findings.FirstOrDefault(f => f.ControlId == control.Id);
            return new EvaluatedControl(control, finding?.Status ?? FindingStatus.NoEvidence, finding, order, inputs.ObservedOn is not null);
        }),
    ];

    public static ImmutableArray<MetControlLine> Met(ImmutableArray<EvaluatedControl> evaluated)
    {
        var met = evaluated.Where(e => e.Status == FindingStatus.Met).ToList();
        return
        [
            .. met.Select((e, i) => new MetControlLine(e.Control.Id, e.Control.Title, e.Control.Domain, BasisLabel(e.Basis),
                i == 0 || met[i - 1].Control.Domain != e.Control.Domain)),
        ];
    }

    public static ImmutableArray<ControlLine> Cards(
        ReportInputs inputs, ImmutableArray<EvaluatedControl> evaluated, PlainKeys keys, ImmutableArray<LiveChange> liveChanges, ImmutableArray<ActionLine> actions)
    {
        var deadlines = new ActionDeadlines(inputs.Config.Terms, inputs.Today);
        var byChange = actions.Select((a, i) => (a, Number: i + 1)).Where(x => x.a.LiveChange.Length > 0)
            .ToDictionary(x => x.a.LiveChange, x => new ActionReference(x.Number, x.a.Anchor, string.Empty), StringComparer.Ordinal);
        return
        [
            .. evaluated.Where(e => e.Status != FindingStatus.Met)
                .OrderBy(e => e.Rank)
                .ThenBy(e => e.Control.Severity == Policy.Catalogue.ControlSeverity.High ? 0 : e.Control.Severity == Policy.Catalogue.ControlSeverity.Medium ? 1 : 2)
                .ThenBy(e => e.Order)
                .Select(e => Card(e, inputs.Config.Roles, keys, deadlines))
                .Select(card => card with { LiveChanges = References(card.Id, liveChanges, byChange), ToDo = ToDo(card, actions) }),
        ];
    }

    /// <summary>"see actions 1 and 3": the changes found on the live systems that affect the control, by action number.</summary>
    private static ImmutableArray<ActionReference> References(string controlId, ImmutableArray<LiveChange> liveChanges, Dictionary<string, ActionReference> byChange)
    {
        var numbered = liveChanges.Where(c => c.Controls.Contains(controlId, StringComparer.Ordinal) && byChange.ContainsKey(c.Key))
            .Select(c => byChange[c.Key])
            .OrderBy(r => r.Number)
            .ToList();
        return [.. numbered.Select((r, i) => r with { Separator = i == 0 ? string.Empty : i == numbered.Count - 1 ? " and " : ", " })];
    }

    /// <summary>
    /// The evidence a card shows. A control that fails only because of changes found on the live systems keeps just
    /// the line saying what the live check has not covered yet: its settings are as declared, and the change itself is
    /// one action on the front page (issue 12: the example report within 12 pages, no repeated sentences).
    /// </summary>
    private static ImmutableArray<string> Evidence(Finding? finding, bool onlyLiveChanges)
    {
        if (finding is null)
        {
            return [];
        }

        if (!onlyLiveChanges || finding.Problems.IsEmpty)
        {
            return finding.Evidence;
        }

        return finding.LiveCheckLine is { } pending ? [pending] : [];
    }

    /// <summary>
    /// "The live check has not run yet; it will confirm X." is untrue once the live systems were read for the report
    /// (the read just does not cover X yet): it then reads as the other controls' pending lines do.
    /// </summary>
    private static string Pending(string line, bool liveRead)
    {
        const string NotRun = "The live check has not run yet; it will confirm ";
        return liveRead && line.StartsWith(NotRun, StringComparison.Ordinal) ? $"Not yet checked on the live systems: {line[NotRun.Length..]}" : line;
    }

    /// <summary>The front page's action for the card's first problem: the card points to it instead of repeating it.</summary>
    private static ActionReference? ToDo(ControlLine card, ImmutableArray<ActionLine> actions)
    {
        if (!card.NeedsAction)
        {
            return null;
        }

        for (var i = 0; i < actions.Length; i++)
        {
            if (actions[i].ControlId == card.Id && actions[i].Action == card.Action)
            {
                return new ActionReference(i + 1, actions[i].Anchor, string.Empty);
            }
        }

        return null;
    }

    /// <summary>"5 of 7 controls are met. 1 is not met and 1 has no evidence yet."</summary>
    public static string Summary(IReadOnlyList<FindingStatus> statuses)
    {
        var met = statuses.Count(s => s == FindingStatus.Met);
        var first = $"{met} of {EnglishList.Count(statuses.Count, "control")} {(met == 1 ? "is" : "are")} met.";
        var others = StatusNames.Order.Where(s => s != FindingStatus.Met)
            .Select(s => (Status: s, Count: statuses.Count(x => x == s)))
            .Where(x => x.Count > 0)
            .Select(x => StatusNames.CountPhrase(x.Status, x.Count))
            .ToList();
        return others.Count == 0 ? first : $"{first} {char.ToUpperInvariant(others[0][0])}{EnglishList.Join(others)[1..]}.";
    }

    public static string ActionBy(SchoolRoles roles, SchoolRole? role) =>
        role is { } r ? RoleNames.WithHolderCapitalised(roles, r) : string.Empty;

    public static string BasisLabel(ControlBasis basis) => basis switch
    {
        ControlBasis.Live => "Live check",
        ControlBasis.Records => "Records",
        ControlBasis.Settings => "Settings",
        _ => "Not checked",
    };

    private static ControlLine Card(EvaluatedControl e, SchoolRoles roles, PlainKeys keys, ActionDeadlines deadlines)
    {
        var finding = e.Finding;
        // Changes found on the live systems are each one action on the front page; the card points to them instead.
        var own = finding?.Problems.Where(p => p.Drift.IsEmpty).ToList() ?? [];
        var first = own.FirstOrDefault();
        var action = finding is null ? null : finding.Problems.IsEmpty ? finding.Action : first?.Action;
        var needsAction = e.Status is not FindingStatus.Waived && !string.IsNullOrEmpty(action);
        string Plain(string text) => Sentences.Full(keys.Rewrite(DisplayDates.InText(text)));
        var found = new List<string>();
        if (finding is null)
        {
            found.Add("This control has not been checked yet.");
        }
        else if (finding is { Status: FindingStatus.Waived, Waiver: { } waiver })
        {
            found.Add($"Waived until {DisplayDates.Format(waiver.ExpiresOn)}, approved by {RoleNames.WithHolder(roles, waiver.ApprovedBy)} on {DisplayDates.Format(waiver.ApprovedOn)}.");
        }
        else
        {
            found.AddRange(finding.Problems.IsEmpty ? [Plain(finding.Summary)] : own.Select(p => Plain(p.Message)));
        }

        foreach (var waived in finding?.WaivedProblems ?? [])
        {
            if (waived.WaivedBy is { } by)
            {
                found.Add(finding?.Waiver is null
                    ? $"Waived until {DisplayDates.Format(by.ExpiresOn)}: {Plain(waived.Message)}"
                    : $"The waiver covers this problem: {Plain(waived.Message)}");
            }
        }

        return new ControlLine(
            e.Control.Id,
            e.Control.Title,
            e.Control.Domain,
            StatusNames.Key(e.Status),
            StatusNames.Label(e.Status),
            StatusNames.Importance(e.Control.Severity),
            [.. found.Distinct(StringComparer.Ordinal)],
            [.. Evidence(finding, own.Count == 0).Where(line => !PlainKeys.IsBookkeeping(line)).Select(line => keys.Rewrite(DisplayDates.InText(Pending(line, e.LiveRead)))).Distinct(StringComparer.Ordinal).Where(l => !found.Contains(l))],
            needsAction ? Plain(action ?? string.Empty) : string.Empty,
            needsAction ? ActionBy(roles, finding is { Problems.IsEmpty: true } ? finding.ActionBy : first?.ActionBy) : string.Empty,
            needsAction ? DisplayDates.Format(deadlines.For(e.Control.Severity)) : string.Empty);
    }
}
