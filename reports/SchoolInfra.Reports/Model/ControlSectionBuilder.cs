using System.Collections.Immutable;
using System.Globalization;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Each catalogue area with its controls and the finding for each. A control nobody evaluated shows as "No evidence
/// yet", never as met; a finding for a control the catalogue does not list is not shown.
/// </summary>
internal static class ControlSectionBuilder
{
    public static ImmutableArray<(Control Control, FindingStatus Status, Finding? Finding)> Evaluated(ReportInputs inputs) =>
    [
        .. inputs.Catalogue.Select(control =>
        {
            var finding = inputs.Findings.FirstOrDefault(f => f.ControlId == control.Id);
            return (control, finding?.Status ?? FindingStatus.NoEvidence, finding);
        }),
    ];

    public static ImmutableArray<DomainSection> Build(ReportInputs inputs)
    {
        var roles = inputs.Config.Roles;
        return
        [
            .. Evaluated(inputs).GroupBy(e => e.Control.Domain).Select(domain => new DomainSection(
                domain.Key,
                "domain-" + Slug(domain.Key),
                Summary([.. domain.Select(e => e.Status)]),
                [.. domain.Select(e => Line(e.Control, e.Status, e.Finding, roles))])),
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

    private static ControlLine Line(Control control, FindingStatus status, Finding? finding, SchoolRoles roles)
    {
        var needsAction = status is not (FindingStatus.Met or FindingStatus.Waived);
        return new ControlLine(
            control.Id,
            control.Title,
            control.Statement,
            StatusNames.Key(status),
            StatusNames.Label(status),
            StatusNames.Importance(control.Severity),
            Summary(finding, roles),
            [.. (finding?.Evidence ?? []).Select(DisplayDates.InText)],
            needsAction ? Sentences.Full(DisplayDates.InText(finding?.Action ?? string.Empty)) : string.Empty,
            needsAction ? ActionBy(roles, finding?.ActionBy) : string.Empty,
            string.Join(", ", control.Standards),
            finding is null ? "no evidence read" : DisplayDates.InText(Policy.Evaluation.Provenance.Phrase(finding)),
            finding?.CheckedLive ?? false);
    }

    /// <summary>
    /// What the check found. A waived finding is described from its waiver's role and dates: the evaluator's own
    /// summary quotes the waiver's free-text reason, which stays in the settings file.
    /// </summary>
    public static string Summary(Finding? finding, SchoolRoles roles) => finding switch
    {
        null => "This control has not been checked yet.",
        { Status: FindingStatus.Waived, Waiver: { } waiver } =>
            $"Waived until {DisplayDates.Format(waiver.ExpiresOn)}, approved by {RoleNames.WithHolder(roles, waiver.ApprovedBy)} on {DisplayDates.Format(waiver.ApprovedOn)}.",
        _ => DisplayDates.InText(finding.Summary),
    };

    private static string Slug(string name)
    {
        var chars = name.ToLower(CultureInfo.InvariantCulture).Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join('-', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
