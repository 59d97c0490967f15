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

    private static ControlLine Line(Control control, FindingStatus status, Finding? finding, SchoolRoles roles) => new(
        control.Id,
        control.Title,
        control.Statement,
        StatusNames.Key(status),
        StatusNames.Label(status),
        StatusNames.Importance(control.Severity),
        finding?.Summary ?? "This control has not been checked yet.",
        finding?.Evidence ?? [],
        status is FindingStatus.Met or FindingStatus.Waived ? string.Empty : finding?.Action ?? string.Empty,
        status is FindingStatus.Met or FindingStatus.Waived ? string.Empty : ActionBy(roles, finding?.ActionBy),
        string.Join(", ", control.Standards));

    private static string Slug(string name)
    {
        var chars = name.ToLower(CultureInfo.InvariantCulture).Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join('-', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
