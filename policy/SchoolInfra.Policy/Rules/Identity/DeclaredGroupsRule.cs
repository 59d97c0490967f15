using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Infra.Build;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-01: every group is declared with a kind, a purpose, an owner and written access rights (DfE-CS CS4); a group
/// typed as service accounts says why and that nobody signs in to it; an area held to contain no personal data says why.
/// </summary>
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

            if (group.Kind == GroupKind.Service && group.HoldsPeople())
            {
                result.NotMet("serviceGroupHoldsPeople", group.Span, $"The group \"{group.Key}\" is declared as service accounts but {(string.IsNullOrWhiteSpace(group.ServiceReason) ? "gives no reason" : "allows interactive sign-in")}, so it is treated as people and kept in the MFA rule.",
                    "if these accounts really run things rather than people, add serviceReason and interactiveSignIn: false; otherwise give the group the kind of the people in it", SchoolRole.ItProvider);
            }

            if (context.Desired.Find(ResourceNames.Group(group.Key)) is null)
            {
                result.NotMet("notBuilt", group.Span, $"The group \"{group.Key}\" is declared but not built into the desired state.",
                    "check the identity settings of this group", SchoolRole.ItProvider);
            }
        }

        // An area marked as holding no personal data takes its users out of IAM-02 and (for service groups) MFA-01, so
        // the choice must be written down where a reviewer sees it (issue 13: a governors' library marked "no personal data").
        foreach (var area in identity.AccessAreas.Where(a => !a.PersonalData))
        {
            if (string.IsNullOrWhiteSpace(area.NoPersonalDataBecause))
            {
                result.NotMet("noPersonalDataWithoutReason", area.Span, $"The area \"{area.Name}\" is marked as holding no personal data, but does not say why.",
                    "set personalData: true, or say under noPersonalDataBecause why it holds none", SchoolRole.ItProvider);
            }
            else
            {
                result.Evidence($"\"{area.Name}\" holds no personal data: {area.NoPersonalDataBecause}");
            }
        }

        result.Evidence($"{Wording.Plural(identity.Groups.Length, "group is", "groups are")} declared, each with a kind, an owner and an access list.");
        result.TenantNotObserved("every enabled account belongs to one declared group, and no undeclared group grants access");
        return result.Build("Every declared group has a kind, a purpose, an owner and written access rights.");
    }
}
