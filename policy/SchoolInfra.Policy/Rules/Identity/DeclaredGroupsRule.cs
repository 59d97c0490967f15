using SchoolInfra.Core.Model.School;
using SchoolInfra.Infra.Build;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>IAM-01: every group is declared with a kind, a purpose, an owner and written access rights (DfE-CS CS4).</summary>
public sealed class DeclaredGroupsRule : IRule
{
    public string Id => "iam-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        foreach (var group in identity.Groups)
        {
            if (group.Access.IsEmpty)
            {
                result.NotMet("noAccessList", group.Span, $"The group \"{group.Key}\" has no access list, so what it may reach is not written down.",
                    "list the apps, shares and sites the group may reach under access", SchoolRole.ItProvider);
            }

            if (string.IsNullOrWhiteSpace(group.Purpose))
            {
                result.NotMet("noPurpose", group.Span, $"The group \"{group.Key}\" has no purpose.", "say in one sentence what the group is for", SchoolRole.ItProvider);
            }

            if (context.Desired.Find(ResourceNames.Group(group.Key)) is null)
            {
                result.NotMet("notBuilt", group.Span, $"The group \"{group.Key}\" is declared but not built into the desired state.",
                    "check the identity settings of this group", SchoolRole.ItProvider);
            }
        }

        result.Evidence($"{Wording.Plural(identity.Groups.Length, "group is", "groups are")} declared, each with a kind, an owner and an access list.");
        result.TenantNotObserved("every enabled account belongs to one declared group, and no undeclared group grants access");
        return result.Build("Every declared group has a kind, a purpose, an owner and written access rights.");
    }
}
