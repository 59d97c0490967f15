using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Leavers;

/// <summary>
/// JML-01: leavers lose access on their last day (DfE-CS CS4). In config this means group membership follows the
/// school's records: every group except the named administrator groups fills itself by a membership rule, so an
/// account leaves its groups as soon as the MIS or HR sync marks the person as left.
/// </summary>
public sealed class LeaversLoseAccessRule : IRule
{
    public string Id => "jml-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        foreach (var group in identity.Groups.Where(g => g.Kind != GroupKind.ItAdmin && g.MembershipRule is null))
        {
            result.NotMet("noMembershipRule", group.Span, $"The group \"{group.Key}\" has no membership rule, so leavers stay in it until someone removes them by hand.",
                "give the group a membership rule based on the attributes the MIS or HR sync maintains", SchoolRole.ItProvider);
        }

        result.Evidence("Group membership follows the school's records through membership rules; administrator accounts are named and removed in a pull request.");
        result.TenantNotObserved("accounts of people who have left are disabled on their last day (pupils within 7 days) and hold no licences after 30 days");
        return result.Build("Leavers drop out of every group as soon as the school's records show they have left.");
    }
}
