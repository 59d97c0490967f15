using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Plan;

/// <summary>
/// Who must approve a change (CHG-01): the headteacher, or the named second responsible person, never the person
/// who made it (CHG-02). A change that weakens a protection needs the headteacher; a time-limited filtering
/// exception may be approved by either (controls.md C6). The approvers are those of the settings in force before
/// the change, so a change cannot name its own approver.
/// </summary>
public static class ApprovalRule
{
    public const string HowToRecord =
        "Approve the pull request, and make sure the merge commit ends with a line `Approved-by: NAME` naming the approver. " +
        "The person who made the change must not approve it.";

    public static ApprovalNeeded For(SchoolRoles roles, IReadOnlyCollection<RiskFlag> risks)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(risks);
        var headteacher = RoleNames.WithHolder(roles, SchoolRole.Headteacher);
        var highRisks = risks.Where(RiskFlags.NeedsHeadteacher).Distinct().ToList();
        if (highRisks.Count > 0)
        {
            return new ApprovalNeeded(headteacher, HeadteacherOnly: true,
                $"It weakens a protection ({EnglishList.Join(highRisks.Select(r => RiskFlags.Label(r).ToLowerInvariant()))}), so only the headteacher may approve it.",
                HowToRecord);
        }

        if (roles.SecondResponsiblePerson is null)
        {
            return new ApprovalNeeded(headteacher, HeadteacherOnly: true,
                "No second responsible person is named, so only the headteacher may approve it.", HowToRecord);
        }

        var either = $"{headteacher} or {RoleNames.WithHolder(roles, SchoolRole.SecondResponsiblePerson)}";
        var reason = risks.Count > 0
            ? "It adds or extends a time-limited filtering exception, which either approver may agree."
            : "It does not weaken any protection.";
        return new ApprovalNeeded(either, HeadteacherOnly: false, reason, HowToRecord);
    }
}
