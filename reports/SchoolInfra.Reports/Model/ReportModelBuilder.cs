using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Builds the governors' report model from the school's settings, desired state, catalogue, findings, records and
/// this term's changes. Pure: the same inputs always give the same model. Only values meant for governors are
/// copied in: free-text reasons, commit messages, record fields other than the few named ones and every secret
/// stay out, and people appear only as the names the school gave its roles.
/// </summary>
public static class ReportModelBuilder
{
    public const string Title = "Technical security report for governors";

    public const string NotCheckedLive = BackupSectionBuilder.NotCheckedLive;

    public static GovernorsReport Build(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var config = inputs.Config;
        var term = ReportTerm.Current(config.Terms, inputs.Today);
        var roles = Roles(config.Roles);
        var exceptions = ExceptionSectionBuilder.Exceptions(inputs);
        var waivers = ExceptionSectionBuilder.Waivers(inputs);
        var changes = ChangeSectionBuilder.Build(inputs, term);
        var overdue = OverdueSectionBuilder.Build(inputs);
        var attention = Attention(roles, exceptions, changes, overdue);
        return new GovernorsReport(
            Title,
            config.School.Name,
            config.School.LocalAuthority ?? string.Empty,
            inputs.StackName,
            DisplayDates.Format(inputs.Today),
            term?.Name ?? "No term declared",
            term is null ? string.Empty : DisplayDates.Range(term.Start, term.End),
            Introduction(config.School.Name),
            roles,
            GlanceBuilder.Build(inputs, attention),
            ControlSectionBuilder.Build(inputs),
            exceptions,
            waivers,
            changes,
            BackupSectionBuilder.Build(inputs),
            overdue,
            LiveStateBuilder.Build(inputs));
    }

    private static ImmutableArray<string> Introduction(string school) =>
    [
        $"This report tells governors how well the technical security of {school} matches its policy.",
        "It covers sign-in and passwords, internet filtering, backups, laptops and iPads, and the reviews the school must carry out.",
        "Each thing we check is called a control. A control is met when the school's settings and records show it is in place.",
        "Where a control is not met, the report says what to do and who should do it.",
    ];

    private static RolesSection Roles(SchoolRoles roles)
    {
        var lines = RoleNames.All.Select(role => RoleNames.Holder(roles, role) is { } holder
                ? new RoleLine(RoleNames.Title(role), holder, RoleNames.JobTitle(roles, role) ?? string.Empty, false)
                : new RoleLine(RoleNames.Title(role), "Not named", string.Empty, true))
            .ToImmutableArray();
        var missing = lines.Where(l => l.IsMissing).Select(l => l.Role.ToLowerInvariant()).ToList();
        var summary = missing.Count == 0
            ? "Every role the standards ask for has a named person."
            : $"{EnglishList.Count(missing.Count, "role has", "roles have")} nobody named: {EnglishList.Join(missing)}.";
        return new RolesSection(summary, lines);
    }

    private static ImmutableArray<string> Attention(RolesSection roles, ExceptionsSection exceptions, ChangesSection changes, OverdueSection overdue)
    {
        var lines = new List<string>();
        if (!overdue.Lines.IsEmpty)
        {
            lines.Add($"{EnglishList.Count(overdue.Lines.Length, "item is", "items are")} overdue.");
        }

        var expired = exceptions.Lines.Count(l => l.IsExpired);
        if (expired > 0)
        {
            lines.Add($"{EnglishList.Count(expired, "filtering exception has", "filtering exceptions have")} expired but {(expired == 1 ? "is" : "are")} still in the settings.");
        }

        var unapproved = changes.Entries.Count(e => !e.IsApproved);
        if (unapproved > 0)
        {
            lines.Add($"{EnglishList.Count(unapproved, "change this term has", "changes this term have")} no approval from a named approver.");
        }

        var missing = roles.Lines.Count(l => l.IsMissing);
        if (missing > 0)
        {
            lines.Add($"{EnglishList.Count(missing, "role has", "roles have")} nobody named.");
        }

        return [.. lines];
    }
}
