using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-02: nobody approves their own change (DfE-FM FM1). Config: no approver works for the IT provider, who makes
/// most changes. History: no merged change's only approval came from someone who opened its pull request, wrote one of
/// its commits, or is the role its <c>Requested-by:</c> line names (<see cref="Approvers.Judge"/>).
/// </summary>
public sealed class NoSelfApprovalRule : IRule
{
    public string Id => "chg-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var roles = context.Config.Roles;
        var result = new FindingBuilder(control.Id, roles.Span);
        if (roles.ItProvider is { } provider)
        {
            foreach (var approver in Approvers.OfChanges(roles).Select(roles.HolderOf).OfType<RoleHolder>().Where(a => Approvers.WorksFor(a, provider.Organisation)))
            {
                result.NotMet("approverIsProvider", approver.Span, $"The approver \"{approver.Name}\" works for the IT provider, who makes the changes.",
                    "choose a senior leader or governor of the school as the second approver", SchoolRole.Headteacher);
            }
        }

        result.Evidence("No approver works for the IT provider.");
        if (context.Approvals is not { Checked: true } approvals)
        {
            result.NoEvidence("approvalsNotChecked", roles.Span, ApprovalWording.NotChecked(context.Approvals, "whether anyone approved a change they made or asked for"),
                "run the checks with read access to GitHub, as the workflows do, so that approvals can be read", SchoolRole.ItProvider);
            return result.Build("Nobody approves a change they asked for or made.");
        }

        foreach (var change in approvals.Changes)
        {
            var verdict = Approvers.Judge(change, context.Config, approvals.Checked);
            if (verdict is { Outcome: ApprovalOutcome.OwnChange, By: { } by, Role: { } role })
            {
                var how = change.IsAuthor(by.Login) ? "made" : "asked for";
                result.NotMet("approvedOwnChange", roles.Span, $"The change of {ApprovalWording.Change(change)} was approved only by {Wording.Role(role)} ({by.Name ?? by.Login}), who {how} it.",
                    "have the other approver approve changes that one of them made or asked for", SchoolRole.Headteacher);
            }
        }

        result.Evidence($"{ApprovalWording.Counted(approvals)}; an approval by someone who made or asked for the change never counts.");
        return result.Build("Nobody approves a change they asked for or made.");
    }
}
