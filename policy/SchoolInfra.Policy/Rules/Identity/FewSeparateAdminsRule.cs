using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-04: administrator rights are held by a few named, separate accounts (DfE-CS CS4, CE). The catalogue's
/// <c>maxGlobalAdmins</c> (5: two break-glass plus up to three named) follows Microsoft's advice of fewer than five.
/// With a tenant read, a privileged role holder or administrator group member the stack file does not name is not
/// met (issue 10, item 5): the same holders the drift comparison calls undeclared (<see cref="PrivilegedHolders"/>).
/// </summary>
public sealed class FewSeparateAdminsRule : IRule
{
    public string Id => "iam-04";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        var admins = identity.Groups.Where(g => g.Kind == GroupKind.ItAdmin).ToList();
        if (admins.Count == 0)
        {
            result.NotMet("noAdminGroup", identity.Span, "No IT administrator group is declared, so who holds administrator rights is not written down.",
                "declare a group of kind itAdmin that lists the separate administrator accounts", SchoolRole.ItProvider);
        }

        foreach (var group in admins)
        {
            if (group.MembershipRule is not null)
            {
                result.NotMet("adminGroupByRule", group.Span, $"The administrator group \"{group.Key}\" fills itself by a rule, so anyone matching it becomes an administrator.",
                    "list the administrator accounts by name under members instead of a membership rule", SchoolRole.ItProvider);
            }

            if (group.Members.IsEmpty)
            {
                result.NotMet("adminGroupEmpty", group.Span, $"The administrator group \"{group.Key}\" names no accounts.",
                    "list each technician's separate administrator account under members", SchoolRole.ItProvider);
            }
        }

        var at = admins.FirstOrDefault()?.Span ?? identity.Span;
        var adminAccounts = admins.SelectMany(g => g.Members).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var daily = identity.Groups.Where(g => g.Kind != GroupKind.ItAdmin).SelectMany(g => g.Members).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var account in adminAccounts.Where(daily.Contains))
        {
            result.NotMet("adminInEverydayGroup", at, $"The administrator account \"{account}\" is also in an everyday group.",
                "use a separate account for administration and keep it out of everyday groups", SchoolRole.ItProvider);
        }

        // CE and DfE-CS CS4: administrators use separate accounts, declared as such by the school's naming mark.
        foreach (var account in adminAccounts.Where(a => !a.StartsWith(identity.AdminAccountPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            result.NotMet("everydayAdminAccount", at, $"The administrator account \"{account}\" looks like an everyday account: its name does not start with \"{identity.AdminAccountPrefix}\", the school's mark for separate administrator accounts.",
                $"give each technician a separate administrator account named {identity.AdminAccountPrefix}..., used only for administration", SchoolRole.ItProvider);
        }

        var max = control.IntParameter("maxGlobalAdmins", 5);
        var total = adminAccounts.Count + identity.BreakGlass.Length;
        if (total > max)
        {
            result.NotMet("tooManyAdmins", at, $"{Wording.Number(total)} accounts could hold administrator rights, more than the {Wording.Number(max)} allowed.",
                "remove administrator accounts that are not needed", SchoolRole.ItProvider);
        }

        result.Evidence($"{Wording.Plural(adminAccounts.Count, "named administrator account", "named administrator accounts")} and {Wording.Plural(identity.BreakGlass.Length, "emergency account", "emergency accounts")}: {Wording.Number(total)} of at most {Wording.Number(max)}.");
        if (LiveTenant.From(context) is { } live)
        {
            JudgeLive(live, result, at);
            live.Conclude(result, "who holds an administrator role and who is in the administrator groups (the IT provider's delegated admin relationships are not read)",
                ObservedArea.PrivilegedRoles, ObservedArea.Groups);
        }
        else
        {
            result.TenantNotObserved("privileged role holders, their licences and the IT provider's delegated admin relationships");
        }

        return result.Build("Administrator rights are held by a few named, separate accounts.");
    }

    private static void JudgeLive(LiveTenant live, FindingBuilder result, Core.Diagnostics.SourceSpan at)
    {
        if (live.Read(ObservedArea.PrivilegedRoles))
        {
            foreach (var holder in PrivilegedHolders.Undeclared(live.Snapshot, live.Declared))
            {
                var who = holder.Principal.Kind switch
                {
                    PrincipalKind.Group => $"The group \"{holder.Principal.Label}\"",
                    PrincipalKind.ServicePrincipal => $"The app \"{holder.Principal.Label}\"",
                    _ => $"\"{holder.Principal.Label}\"",
                };
                result.NotMet("undeclaredAdmin", at, $"{who} holds {holder.RoleName} (observed live on {live.When}), but the school's settings name it neither as an administrator nor as an emergency account.",
                    "remove the role in the portal, or give administrator rights only to a separate account listed in an administrator group", SchoolRole.ItProvider);
            }
        }

        if (live.Read(ObservedArea.Groups))
        {
            foreach (var (group, account) in PrivilegedHolders.UndeclaredMembers(live.Snapshot, live.Declared))
            {
                result.NotMet("undeclaredAdminMember", at, $"\"{account}\" is in the administrator group \"{group}\" (observed live on {live.When}), but the school's settings do not name it.",
                    "remove it from the group in the portal (the pipeline does not remove members it did not add), or list it under the group's members", SchoolRole.ItProvider);
            }
        }
    }
}
