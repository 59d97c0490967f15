using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-01: every change is approved by the headteacher or the named second responsible person (DfE-CS CS4; DfE-FM
/// FM1). Config names the approvers and their GitHub user names; the approvals themselves are the merged pull
/// requests' reviews on GitHub (<see cref="RuleContext.Approvals"/>), each counted for the role its giver held that
/// day. A typed <c>Approved-by:</c> line is a claim, never an approval.
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

        foreach (var role in Approvers.OfChanges(roles))
        {
            if (roles.HolderOf(role) is { Github: null } holder)
            {
                result.Partial("noGithubName", holder.Span, $"No GitHub user name is declared for {Wording.Role(role)} ({holder.Name}), so their approvals cannot be recognised.",
                    "add github: with their GitHub user name to the role under schoolinfra:roles", SchoolRole.ItProvider);
            }
        }

        if (context.Approvals is not { Checked: true } approvals)
        {
            result.NoEvidence("approvalsNotChecked", roles.Span, ApprovalWording.NotChecked(context.Approvals, "who approved each merged change"),
                "run the checks with read access to GitHub, as the workflows do, so that approvals can be read", SchoolRole.ItProvider);
            if (ApprovalWording.Claims(context.Approvals) is { } claims)
            {
                result.Evidence(claims);
            }

            return result.Build("Every change is approved by the headteacher or the second responsible person.");
        }

        var approved = 0;
        foreach (var change in approvals.Changes)
        {
            var verdict = Approvers.Judge(change, context.Config, approvals.Checked);
            if (verdict.Outcome is ApprovalOutcome.Approved or ApprovalOutcome.OwnChange)
            {
                // An approver approving their own change is CHG-02's finding; for CHG-01 the approval was given.
                approved++;
                continue;
            }

            result.NotMet("notApproved", roles.Span, $"The change of {ApprovalWording.Change(change)} {ApprovalWording.WhyNotApproved(verdict)}{ApprovalWording.ClaimNote(change)}",
                "approve every change on GitHub before it is merged, as the headteacher or the second responsible person", SchoolRole.Headteacher);
        }

        result.Evidence($"{ApprovalWording.Counted(approvals)}; {Wording.Number(approved)} of them approved on GitHub by the headteacher or the second responsible person.");
        return result.Build("Every change is approved by the headteacher or the second responsible person.");
    }
}
