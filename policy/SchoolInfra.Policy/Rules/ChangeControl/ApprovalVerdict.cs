using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Approvals;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>The verdict on one merged change's approval, with the approval that decided it.</summary>
/// <param name="Outcome">Approved, or why not.</param>
/// <param name="By">The approval that counted (or, for <see cref="ApprovalOutcome.OwnChange"/> and
/// <see cref="ApprovalOutcome.NotAnApprover"/>, the one that did not).</param>
/// <param name="Role">The approver role <paramref name="By"/> held that day.</param>
public sealed record ApprovalVerdict(ApprovalOutcome Outcome, Approver? By, SchoolRole? Role)
{
    public bool IsApproved => Outcome == ApprovalOutcome.Approved;
}
