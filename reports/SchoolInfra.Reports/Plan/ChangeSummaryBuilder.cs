using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Plan;

/// <summary>Builds the headteacher's change summary from two validated versions of a school's settings. Pure.</summary>
public static class ChangeSummaryBuilder
{
    public static ChangeSummary Build(ChangeSummaryInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // SchoolHistory only types the old settings: their own validation problems are not this change's.
        var before = inputs.Before is { HasErrors: false, Config: { } b } ? b : null;
        var after = inputs.After is { HasErrors: false, Config: { } a } ? a : null;
        var school = after?.School.Name ?? before?.School.Name ?? inputs.StackName;
        var roles = before?.Roles ?? after?.Roles;

        if (inputs.After is null)
        {
            return Summary(inputs, school, "removed", $"This change deletes the settings file of {school}, so SchoolInfra will stop managing it.",
                [], roles, [], [], "It removes every setting the school has declared.");
        }

        if (after is null)
        {
            var errors = inputs.After.Diagnostics.Count(d => d.IsError);
            var problem = $"The new settings have {EnglishList.Count(Math.Max(errors, 1), "error")}, so the changes cannot be listed yet. " +
                "Run `schoolinfra validate` to see them, and fix them before approving.";
            return Summary(inputs, school, "invalid", problem, [], roles, [], [problem], "Do not approve until the errors are fixed.");
        }

        if (inputs.Before is null)
        {
            return Summary(inputs, school, "new-school", $"This change sets up {school} in SchoolInfra for the first time.",
                [], roles, [], [], "It sets every protection for the first time.");
        }

        if (before is null)
        {
            var problem = "The old settings could not be read, so the changes cannot be listed one by one. Read the file itself before approving.";
            return Summary(inputs, school, "unreadable-before", problem, [], roles, [], [problem], "The changes cannot be listed one by one.");
        }

        var changes = ConfigChangeDescriber.Describe(before, after);
        var risks = changes.SelectMany(c => c.Risks).Distinct().Order().ToImmutableArray();
        if (changes.IsEmpty && inputs.FileChanged)
        {
            var problem = "The settings file changes in ways this summary cannot list one by one (comments, layout or details such as script rules). Read the changes in the file before approving.";
            return Summary(inputs, school, "unlisted-changes", $"This change edits the settings of {school}, but not in a way this summary can describe.",
                [], roles, [], [problem], "Changes that cannot be described are for the headteacher to judge.");
        }

        var outcome = changes.IsEmpty ? "no-changes" : "changes";
        return Summary(inputs, school, outcome, Headline(school, changes, risks), changes, roles, risks, [], null);
    }

    private static ChangeSummary Summary(ChangeSummaryInputs inputs, string school, string outcome, string headline,
        ImmutableArray<ConfigChange> changes, SchoolRoles? roles, ImmutableArray<RiskFlag> risks, ImmutableArray<string> problems,
        string? headteacherOnlyBecause)
    {
        // Whole-file changes (a new school, a deleted file, settings that cannot be read) are for the headteacher.
        var approval = headteacherOnlyBecause is not null || roles is null
            ? new ApprovalNeeded(roles is null ? "the headteacher" : RoleNames.WithHolder(roles, SchoolRole.Headteacher), HeadteacherOnly: true,
                headteacherOnlyBecause ?? "Only the headteacher may approve it.", ApprovalRule.HowToRecord)
            : ApprovalRule.For(roles, risks);

        var sections = changes.GroupBy(c => c.Area)
            .Select(g => new ChangeSection(AreaTitle(g.Key), [.. g.Select(c => new ChangeLine(c.Text, c.Controls, [.. c.Risks.Select(RiskFlags.Label)]))]))
            .ToImmutableArray();
        var riskLines = risks
            .Select(r => new RiskLine(RiskFlags.Label(r), RiskFlags.NeedsHeadteacher(r), [.. changes.Where(c => c.Risks.Contains(r)).Select(c => c.Text)]))
            .ToImmutableArray();
        var controls = changes.SelectMany(c => c.Controls).Distinct().Order(StringComparer.Ordinal)
            .Select(id => new ControlTouched(id, inputs.Catalogue.FirstOrDefault(c => c.Id == id)?.Title ?? string.Empty))
            .ToImmutableArray();
        return new ChangeSummary(school, inputs.StackName, inputs.StackFile, inputs.FromRevision, inputs.FromCommit,
            inputs.ToRevision, inputs.ToCommit, outcome, headline, sections, riskLines, controls, approval, problems);
    }

    private static string Headline(string school, ImmutableArray<ConfigChange> changes, ImmutableArray<RiskFlag> risks)
    {
        if (changes.IsEmpty)
        {
            return $"This change does not alter the settings of {school}.";
        }

        var count = $"This change makes {EnglishList.Count(changes.Length, "change")} to the settings of {school}.";
        var weakening = changes.Count(c => c.Risks.Any(RiskFlags.NeedsHeadteacher));
        if (weakening > 0)
        {
            return $"{count} {(weakening == 1 ? "One of them weakens" : $"{weakening} of them weaken")} a protection, so the headteacher must approve it.";
        }

        return risks.IsEmpty
            ? $"{count} None of them weakens a protection."
            : $"{count} It adds or extends a time-limited filtering exception.";
    }

    public static string AreaTitle(ChangeArea area) => area switch
    {
        ChangeArea.School => "The school and its roles",
        ChangeArea.Identity => "Accounts, groups and sign-in",
        ChangeArea.Filtering => "Internet filtering",
        ChangeArea.Backups => "Backups",
        ChangeArea.Logging => "Logs, alerts and monitoring",
        ChangeArea.Devices => "Laptops and iPads",
        ChangeArea.Waivers => "Waivers",
        _ => area.ToString(),
    };
}
