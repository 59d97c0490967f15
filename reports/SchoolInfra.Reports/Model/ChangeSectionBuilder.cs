using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.History;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Changes made this term (CHG-01, CHG-02, CHG-03): each commit to the school's files with what it changed and who
/// approved it. The commit message and author are not shown: the changes are described from the settings
/// themselves, and approvers are shown only as the school's named roles.
/// </summary>
internal static class ChangeSectionBuilder
{
    public static ChangesSection Build(ReportInputs inputs, SchoolTerm? term)
    {
        var roles = inputs.Config.Roles;
        var entries = inputs.Changes.Select(change => Entry(change, roles)).ToImmutableArray();
        var since = term is null ? "the start of the term" : DisplayDates.Format(term.Start);
        var unapproved = entries.Count(e => !e.IsApproved);
        var summary = !inputs.HistoryAvailable
            ? "The change history could not be read, so this term's changes are not listed."
            : entries.IsEmpty
            ? $"No changes were made to the school's settings or records since {since}."
            : $"{EnglishList.Count(entries.Length, "change was", "changes were")} made since {since}. " + (unapproved == 0
                ? (entries.Length == 1 ? "It was approved by a named approver." : "All were approved by a named approver.")
                : $"{EnglishList.Count(unapproved, "change has", "changes have")} no approval from a named approver.");
        return new ChangesSection(since, summary, entries);
    }

    private static ChangeEntry Entry(CommittedChange change, SchoolRoles roles)
    {
        var (approval, approved) = Approval(change, roles);
        var lines = !change.SettingsChanged ? ["Updates the school's records or scripts."]
            : !change.SettingsReadable ? ["Changes the settings, but one version could not be read, so the changes are not listed."]
            : change.Changes.IsEmpty ? ["Changes details of the settings that this report does not list one by one."]
            : change.Changes.Select(c => c.Text).ToImmutableArray();
        var risks = change.Changes.SelectMany(c => c.Risks).Distinct().Order().Select(RiskFlags.Label);
        return new ChangeEntry(DisplayDates.Format(change.Date), change.Commit.ShortSha, approval, approved, [.. lines], string.Join(", ", risks));
    }

    private static (string Text, bool Approved) Approval(CommittedChange change, SchoolRoles roles)
    {
        var trailers = change.Commit.TrailerValues(TrailerKeys.ApprovedBy);
        if (trailers.IsEmpty)
        {
            return ("No approval is recorded.", false);
        }

        var needsHeadteacher = change.Changes.SelectMany(c => c.Risks).Any(RiskFlags.NeedsHeadteacher);
        foreach (var trailer in trailers)
        {
            var matched = ApproverMatcher.RolesOf(roles, trailer);
            var approverRole = matched.Contains(SchoolRole.Headteacher) ? SchoolRole.Headteacher
                : !needsHeadteacher && matched.Contains(SchoolRole.SecondResponsiblePerson) ? SchoolRole.SecondResponsiblePerson
                : (SchoolRole?)null;
            if (approverRole is not { } role)
            {
                continue;
            }

            var by = $"Approved by {RoleNames.WithHolder(roles, role)}";
            return ApproverMatcher.SamePerson(change.Commit.AuthorName, trailer)
                ? ($"{by}, who also made the change. Nobody should approve their own change.", false)
                : ($"{by}.", true);
        }

        var known = trailers.SelectMany(t => ApproverMatcher.RolesOf(roles, t)).Distinct().ToList();
        if (known.Contains(SchoolRole.SecondResponsiblePerson))
        {
            return ($"Approved by {RoleNames.WithHolder(roles, SchoolRole.SecondResponsiblePerson)}, but this change weakens a protection and needed the headteacher.", false);
        }

        return known.Count > 0
            ? ($"Approved by {RoleNames.WithHolder(roles, known[0])}, who is not a named approver.", false)
            : ("The approval recorded is not from a named approver.", false);
    }
}
