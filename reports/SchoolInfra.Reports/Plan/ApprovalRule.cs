using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules.ChangeControl;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Plan;

/// <summary>
/// Who must approve a change, from the policy's own approver rules (<see cref="Approvers"/>): the headteacher or the
/// second responsible person (CHG-01), the headteacher alone when the change weakens a protection, never whoever asked
/// for it (FIL-10, CHG-02), and for a waiver also the role a waiver of that control needs (CHG-05). The approvers
/// are those of the settings in force before the change, so a change cannot name its own approver.
/// </summary>
public static class ApprovalRule
{
    public const string HowToRecord =
        "Approve this pull request on GitHub (Review changes, then Approve). SchoolInfra reads who approved it from GitHub; " +
        "a name typed into a message does not count. Whoever made or asked for the change must not approve it.";

    /// <param name="roles">The roles in force before the change.</param>
    /// <param name="risks">The risk flags the changes raise.</param>
    /// <param name="deltas">What the change does to the controls.</param>
    /// <param name="requests">Roles that asked for something in the change (a filtering exception), and what.</param>
    /// <param name="waivers">Waivers the change adds or alters: the control, its severity, and the role the settings name as approver.</param>
    public static ApprovalNeeded For(SchoolRoles roles, IReadOnlyCollection<RiskFlag> risks, IReadOnlyCollection<ControlDelta>? deltas = null,
        IReadOnlyCollection<(SchoolRole Role, string What)>? requests = null,
        IReadOnlyCollection<(string Control, ControlSeverity Severity, SchoolRole NamedApprover)>? waivers = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(risks);
        deltas ??= [];
        requests ??= [];
        waivers ??= [];
        var weakens = deltas.Where(d => d.IsWorse).Select(d => d.Id)
            .Concat(risks.Where(RiskFlags.NeedsHeadteacher).Distinct().Select(r => RiskFlags.Label(r).ToLowerInvariant()))
            .ToList();
        var asked = requests.Select(r => r.Role).ToHashSet();
        var eligible = Approvers.OfChange(roles, weakens.Count > 0).Where(r => !asked.Contains(r)).ToList();
        if (eligible.Count == 0)
        {
            eligible = [.. Approvers.OfChanges(roles).Where(r => !asked.Contains(r))];
        }

        var reasons = new List<string>();
        if (weakens.Count > 0)
        {
            reasons.Add($"It weakens a protection ({EnglishList.Join(weakens)}), so the headteacher must approve it.");
        }
        else if (roles.SecondResponsiblePerson is null)
        {
            reasons.Add("No second responsible person is named, so only the headteacher may approve it.");
        }
        else
        {
            reasons.Add(risks.Count > 0
                ? "It adds or extends a time-limited filtering exception, which either approver may agree."
                : "It does not weaken any protection, so either approver may agree it.");
        }

        foreach (var (role, what) in requests.DistinctBy(r => r.Role))
        {
            reasons.Add($"{Sentences.Capitalise(RoleNames.InSentence(role))} asked for {what}, and nobody approves their own request.");
        }

        if (eligible.Count == 0)
        {
            reasons.Add("Nobody named may approve it: name a second responsible person first.");
            eligible = [SchoolRole.Headteacher];
        }

        var also = new List<string>();
        foreach (var (control, severity, named) in waivers)
        {
            var mayApprove = Approvers.OfWaiver(severity);
            if (!mayApprove.Contains(named))
            {
                also.Add($"The waiver of {control} names {RoleNames.InSentence(named)} as its approver, but a waiver of a {Words(severity)}-severity control is for {EnglishList.Join(mayApprove.Select(RoleNames.InSentence), "or")}: {RoleNames.WithHolder(roles, mayApprove[0])} must approve it.");
            }
            else if (!eligible.Contains(named))
            {
                also.Add($"The waiver of {control} is approved by {RoleNames.WithHolder(roles, named)}, who must approve this change too.");
            }
        }

        return new ApprovalNeeded(
            EnglishList.Join(eligible.Select(r => RoleNames.WithHolder(roles, r)), "or"),
            [.. eligible.Select(r => ConfigNaming.EnumValue(r))],
            eligible is [SchoolRole.Headteacher],
            string.Join(" ", reasons),
            [.. also],
            HowToRecord);
    }

    private static string Words(ControlSeverity severity) => severity switch
    {
        ControlSeverity.High => "high",
        ControlSeverity.Low => "low",
        _ => "medium",
    };
}
