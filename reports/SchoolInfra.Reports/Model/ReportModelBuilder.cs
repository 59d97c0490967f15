using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Builds the governors' report model from the school's settings, desired state, catalogue, findings, records and
/// this term's changes. Pure: the same inputs always give the same model. Only values meant for governors are
/// copied in: the reasons for exceptions and waivers, never commit messages, hashes, internal keys, record fields
/// other than the named ones or any secret; people appear only as the names the school gave its roles.
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
        var keys = PlainKeys.From(config, inputs.Desired);
        var roles = Roles(config.Roles);
        var evaluated = ControlSectionBuilder.Evaluated(inputs);
        var changes = ChangeSectionBuilder.Build(inputs, term);
        var open = evaluated.Where(e => e.Finding is { NeedsAction: true }).Select(e => e.Finding).OfType<Policy.Evaluation.Finding>().ToList();
        var overdue = OverdueSectionBuilder.Build(inputs, open);
        var liveChanges = LiveChangeBuilder.Build(evaluated, keys);
        var actions = ActionListBuilder.Build(inputs, evaluated, overdue, changes, roles, keys, liveChanges);
        return new GovernorsReport(
            Title,
            config.School.Name,
            config.School.LocalAuthority ?? string.Empty,
            inputs.StackName,
            DisplayDates.Format(inputs.Today),
            term?.Name ?? "No term declared",
            term is null ? string.Empty : DisplayDates.Range(term.Start, term.End),
            FrontPageBuilder.Build(inputs, evaluated, actions),
            SignOffBuilder.Build(inputs),
            OversightBuilder.Build(inputs, term, keys),
            roles,
            ControlSectionBuilder.Summary([.. evaluated.Select(e => e.Status)]),
            ControlSectionBuilder.Met(evaluated),
            ControlSectionBuilder.Cards(inputs, evaluated, keys, liveChanges, actions),
            ExceptionSectionBuilder.Exceptions(inputs),
            ExceptionSectionBuilder.Waivers(inputs, keys),
            changes,
            BackupSectionBuilder.Build(inputs),
            Glossary.Entries);
    }

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
}
