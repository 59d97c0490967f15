using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// Who may approve what: the policy's approver rules in one place. The rules that judge the settings and the history
/// (CHG-01, CHG-02, CHG-05, FIL-10) use them, and so does the change summary when it says who must approve a pull
/// request, so the two can never disagree.
/// </summary>
public static class Approvers
{
    /// <summary>CHG-01: the headteacher, and the named second responsible person when there is one (ROL-03).</summary>
    public static ImmutableArray<SchoolRole> OfChanges(SchoolRoles roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.SecondResponsiblePerson is null ? [SchoolRole.Headteacher] : [SchoolRole.Headteacher, SchoolRole.SecondResponsiblePerson];
    }

    /// <summary>
    /// CHG-01 with C6 of reference/controls.md: either approver may agree a change; one the policy itself judges to make
    /// a control worse (a control goes from met to not met or partial) is for the headteacher alone.
    /// </summary>
    public static ImmutableArray<SchoolRole> OfChange(SchoolRoles roles, bool makesAControlWorse) =>
        makesAControlWorse ? [SchoolRole.Headteacher] : OfChanges(roles);

    /// <summary>FIL-10 (C6): a filtering exception: the headteacher or the second responsible person, and the DSL only
    /// where the school has chosen that. Technical staff and the IT provider never approve.</summary>
    public static ImmutableArray<SchoolRole> OfExceptions(bool dslMayApprove) => dslMayApprove
        ? [SchoolRole.Headteacher, SchoolRole.SecondResponsiblePerson, SchoolRole.Dsl]
        : [SchoolRole.Headteacher, SchoolRole.SecondResponsiblePerson];

    /// <summary>CHG-05: a waiver: the chair of governors; the headteacher too, unless the control is high-severity.</summary>
    public static ImmutableArray<SchoolRole> OfWaiver(ControlSeverity severity) => severity == ControlSeverity.High
        ? [SchoolRole.ChairOfGovernors]
        : [SchoolRole.Headteacher, SchoolRole.ChairOfGovernors];

    public static bool MayApproveWaiver(SchoolRole role, ControlSeverity severity) => OfWaiver(severity).Contains(role);

    /// <summary>
    /// FIL-10, CHG-02: whether the free-text requester ("Year 6 teacher") names <paramref name="role"/>: its config
    /// name, its usual name or the job title of the person who holds it. Nobody approves their own request.
    /// </summary>
    public static bool AskedFor(SchoolConfig config, string? requestedBy, SchoolRole role)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(requestedBy))
        {
            return false;
        }

        var holder = config.Roles.HolderOf(role);
        string?[] names = role switch
        {
            SchoolRole.Headteacher => ["headteacher", "head", holder?.Title],
            SchoolRole.Dsl => ["dsl", "designatedsafeguardinglead", holder?.Title],
            _ => [ConfigNaming.EnumValue(role), holder?.Title],
        };
        var requester = Letters(requestedBy);
        return names.OfType<string>().Any(n => Letters(n) == requester);
    }

    /// <summary>CHG-02: the holder's name or title mentions the provider's organisation, or says "IT provider".</summary>
    public static bool WorksFor(RoleHolder holder, string organisation)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var text = $"{holder.Name} {holder.Title}";
        return text.Contains(organisation, StringComparison.OrdinalIgnoreCase) || text.Contains("IT provider", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// CHG-01 and CHG-02 on one merged change: approved on GitHub, on the version merged, by someone who held an
    /// approver role that day and neither made nor asked for the change. A typed <c>Approved-by:</c> line never counts.
    /// </summary>
    /// <param name="change">The change and the approvals read for it.</param>
    /// <param name="config">Today's settings, for the job titles a requester may be named by.</param>
    /// <param name="approvalsChecked">Whether GitHub was read; when not, nothing counts as approved.</param>
    public static ApprovalVerdict Judge(ChangeApproval change, SchoolConfig config, bool approvalsChecked)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!approvalsChecked)
        {
            return new ApprovalVerdict(ApprovalOutcome.NotChecked, null, null);
        }

        if (change.PullRequest is null)
        {
            return new ApprovalVerdict(ApprovalOutcome.NoPullRequest, null, null);
        }

        ApprovalVerdict? own = null;
        foreach (var approver in change.Approvers)
        {
            // The roles CHG-01 names, held that day: whoever holds the role now does not matter.
            if (approver.Roles.Where(r => r is SchoolRole.Headteacher or SchoolRole.SecondResponsiblePerson).Cast<SchoolRole?>().FirstOrDefault() is not { } held)
            {
                continue;
            }

            if (change.IsAuthor(approver.Login) || AskedFor(config, change.RequestedBy, held))
            {
                own ??= new ApprovalVerdict(ApprovalOutcome.OwnChange, approver, held);
                continue;
            }

            return new ApprovalVerdict(ApprovalOutcome.Approved, approver, held);
        }

        return own ?? (change.Approvers.IsEmpty
            ? new ApprovalVerdict(ApprovalOutcome.NoApproval, null, null)
            : new ApprovalVerdict(ApprovalOutcome.NotAnApprover, change.Approvers[0], null));
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
