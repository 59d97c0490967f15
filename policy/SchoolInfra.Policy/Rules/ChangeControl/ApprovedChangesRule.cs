using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-01: every change is approved by the headteacher or the named second responsible person (DfE-CS CS4; DfE-FM
/// FM1). Config names the approvers; the approvals themselves are in git history (CODEOWNERS, reviews), which
/// validate does not read, so that part has no evidence here.
/// </summary>
public sealed class ApprovedChangesRule : IRule
{
    public string Id => "chg-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var roles = context.Config.Roles;
        var result = new FindingBuilder(control.Id, roles.Span);
        if (roles.SecondResponsiblePerson is null)
        {
            result.NotMet("noSecondApprover", roles.Span, "Only the headteacher can approve changes: no second responsible person is named.",
                "name the second responsible person under schoolinfra:roles", SchoolRole.Headteacher);
        }
        else
        {
            result.Evidence($"Changes are approved by the headteacher ({roles.Headteacher.Name}) or the second responsible person ({roles.SecondResponsiblePerson.Name}).");
        }

        result.GitNotRead("whether every merged change was approved by one of them", roles.Span);
        return result.Build("Every change is approved by the headteacher or the second responsible person.");
    }
}
