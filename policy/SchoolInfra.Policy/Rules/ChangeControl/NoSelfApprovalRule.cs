using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-02: nobody approves their own change (DfE-FM FM1). Config: no approver works for the IT provider, who makes
/// most changes. Authors and approvers of merged changes are in git history, not read by validate.
/// </summary>
public sealed class NoSelfApprovalRule : IRule
{
    public string Id => "chg-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var roles = context.Config.Roles;
        var result = new FindingBuilder(control.Id, roles.Span);
        var approvers = new[] { roles.Headteacher, roles.SecondResponsiblePerson }.OfType<RoleHolder>().ToList();
        if (roles.ItProvider is { } provider)
        {
            foreach (var approver in approvers.Where(a => WorksFor(a, provider.Organisation)))
            {
                result.NotMet("approverIsProvider", approver.Span, $"The approver \"{approver.Name}\" works for the IT provider, who makes the changes.",
                    "choose a senior leader or governor of the school as the second approver", SchoolRole.Headteacher);
            }
        }

        result.Evidence("No approver works for the IT provider.");
        result.GitNotRead("whether any merged change was approved by its own author or requester", roles.Span);
        return result.Build("Nobody approves a change they asked for or made.");
    }

    /// <summary>The holder's name or title mentions the provider's organisation, or says "IT provider".</summary>
    public static bool WorksFor(RoleHolder holder, string organisation)
    {
        var text = $"{holder.Name} {holder.Title}";
        return text.Contains(organisation, StringComparison.OrdinalIgnoreCase) || text.Contains("IT provider", StringComparison.OrdinalIgnoreCase);
    }
}
