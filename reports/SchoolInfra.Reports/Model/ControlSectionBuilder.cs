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

    public static ImmutableArray<ControlLine> Cards(ReportInputs inputs, ImmutableArray<EvaluatedControl> evaluated, PlainKeys keys)
    {
        var deadlines = new ActionDeadlines(inputs.Config.Terms, inputs.Today);
        return
        [
            .. evaluated.Where(e => e.Status != FindingStatus.Met)
                .OrderBy(e => e.Rank)
                .ThenBy(e => e.Control.Severity == Policy.Catalogue.ControlSeverity.High ? 0 : e.Control.Severity == Policy.Catalogue.ControlSeverity.Medium ? 1 : 2)
                .ThenBy(e => e.Order)
                .Select(e => Card(e, inputs.Config.Roles, keys, deadlines)),
        ];
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
        var needsAction = e.Status is not FindingStatus.Waived && finding is not null && !string.IsNullOrEmpty(finding.Action);
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
            found.AddRange(finding.Problems.IsEmpty ? [Plain(finding.Summary)] : finding.Problems.Select(p => Plain(p.Message)));
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
            [.. (finding?.Evidence ?? []).Where(line => !PlainKeys.IsBookkeeping(line)).Select(line => keys.Rewrite(DisplayDates.InText(line))).Distinct(StringComparer.Ordinal).Where(l => !found.Contains(l))],
            needsAction ? Plain(finding?.Action ?? string.Empty) : string.Empty,
            needsAction ? ActionBy(roles, finding?.ActionBy) : string.Empty,
            needsAction ? DisplayDates.Format(deadlines.For(e.Control.Severity)) : string.Empty);
    }
}
