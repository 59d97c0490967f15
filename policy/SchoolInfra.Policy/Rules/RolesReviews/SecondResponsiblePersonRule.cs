using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.ChangeControl;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// ROL-03: decisions never rest with one person (DfE-FM FM1): a second responsible person, not the headteacher and
/// not from the IT provider, can approve and check them, even when the headteacher is also the DSL and SLT lead.
/// </summary>
public sealed class SecondResponsiblePersonRule : IRule
{
    public string Id => "rol-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var roles = context.Config.Roles;
        var result = new FindingBuilder(control.Id, roles.Span);
        if (roles.SecondResponsiblePerson is not { } second)
        {
            result.NotMet("notNamed", roles.Span, "No second responsible person is named, so filtering and security decisions rest with the headteacher alone.",
                "name a deputy, co-head or governor as secondResponsiblePerson", SchoolRole.ChairOfGovernors);
        }
        else if (FilteringOwnersRule.SamePerson(second, roles.Headteacher))
        {
            result.NotMet("isHeadteacher", second.Span, "The second responsible person is the headteacher.",
                "name a different senior leader or governor", SchoolRole.ChairOfGovernors);
        }
        else if (roles.ItProvider is { } provider && Approvers.WorksFor(second, provider.Organisation))
        {
            result.NotMet("worksForProvider", second.Span, "The second responsible person works for the IT provider.",
                "name a senior leader or governor of the school", SchoolRole.ChairOfGovernors);
        }
        else
        {
            result.Evidence($"Second responsible person: {second.Name}{(second.Title is null ? string.Empty : $" ({second.Title})")}.");
        }

        return result.Build("A second named leader can approve and check the headteacher's decisions.");
    }
}
