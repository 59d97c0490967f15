using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>ROL-01: a named governor and a named senior leader, two different people, own filtering and monitoring (DfE-FM FM1; KCSIE).</summary>
public sealed class FilteringOwnersRule : IRule
{
    public string Id => "rol-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var roles = context.Config.Roles;
        var result = new FindingBuilder(control.Id, roles.Span);
        if (roles.ResponsibleGovernor is null)
        {
            result.NotMet("noGovernor", roles.Span, "No governor is named as responsible for filtering and monitoring.",
                "name the responsible governor under schoolinfra:roles responsibleGovernor", SchoolRole.ChairOfGovernors);
        }

        if (roles.FmSltLead is null)
        {
            result.NotMet("noSeniorLeader", roles.Span, "No senior leader is named as responsible for filtering and monitoring.",
                "name the senior leader under schoolinfra:roles fmSltLead", SchoolRole.Headteacher);
        }

        if (roles.ResponsibleGovernor is { } governor && roles.FmSltLead is { } lead)
        {
            if (SamePerson(governor, lead))
            {
                result.NotMet("samePerson", lead.Span, $"The responsible governor and the senior lead for filtering and monitoring are the same person ({governor.Name}).",
                    "name two different people, so that one can hold the other to account", SchoolRole.ChairOfGovernors);
            }
            else
            {
                result.Evidence($"Responsible governor: {governor.Name}; senior leader: {lead.Name}.");
            }
        }

        return result.Build("A named governor and a named senior leader own filtering and monitoring.");
    }

    public static bool SamePerson(RoleHolder a, RoleHolder b) => string.Equals(a.Name.Trim(), b.Name.Trim(), StringComparison.OrdinalIgnoreCase);
}
