using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Leavers;

/// <summary>
/// JML-02: accounts exist only when asked for and approved (DfE-CS CS4). Every group has an owner who approves who
/// is in it and an authoritative source: a membership rule fed by the school's records, or (administrators only)
/// accounts named in the reviewed stack file.
/// </summary>
public sealed class ApprovedAccountsRule : IRule
{
    public string Id => "jml-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        foreach (var group in identity.Groups)
        {
            if (group.MembershipRule is null && group.Members.IsEmpty)
            {
                result.NotMet("noMembership", group.Span, $"The group \"{group.Key}\" has neither a membership rule nor named members, so nothing says who may be in it.",
                    "give the group a membership rule fed by the MIS or HR sync", SchoolRole.ItProvider);
            }
            else if (group.MembershipRule is not null && !group.Members.IsEmpty)
            {
                result.NotMet("mixedMembership", group.Span, $"The group \"{group.Key}\" has a membership rule and named members, so accounts can be added outside the school's records.",
                    "use either a membership rule or named members, not both", SchoolRole.ItProvider);
            }
        }

        result.Evidence($"Access is given only through {Wording.Plural(identity.Groups.Length, "declared group", "declared groups")}, each with an owner who approves its members.");
        result.TenantNotObserved("every enabled account is declared or comes from the school's records sync, with no direct app or role assignments");
        return result.Build("Accounts come only from the school's records or from named, approved administrator accounts.");
    }
}
