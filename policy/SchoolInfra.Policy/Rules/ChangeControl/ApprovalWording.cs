using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>How CHG-01 and CHG-02 word the approval history, the same in both.</summary>
internal static class ApprovalWording
{
    /// <param name="approvals">The approvals read, or null.</param>
    /// <param name="soUnknown">What stays unknown, e.g. "who approved each merged change" (each control says its own).</param>
    public static string NotChecked(ApprovalEvidence? approvals, string soUnknown) =>
        $"Approvals on GitHub were not checked ({approvals?.NotCheckedBecause ?? "the change history was not read"}), so it is not known {soUnknown}.";

    /// <summary>"2 changes say who approved them in their message: claimed, not verified." Null when none do.</summary>
    public static string? Claims(ApprovalEvidence? approvals)
    {
        var claimed = approvals?.Changes.Count(c => !c.Claimed.IsEmpty) ?? 0;
        return claimed == 0 ? null
            : $"{Wording.Plural(claimed, "change names", "changes name")} an approver in a typed \"Approved-by\" line: claimed, not verified, and not counted.";
    }

    public static string Change(ChangeApproval change) =>
        $"{Wording.Date(change.Commit.CommittedAt.Date)}{(change.PullRequest is { } number ? $" (pull request #{Wording.Number(number)})" : string.Empty)}";

    public static string WhyNotApproved(ApprovalVerdict verdict) => verdict.Outcome switch
    {
        ApprovalOutcome.NoPullRequest => "was made without a pull request, so nobody approved it.",
        ApprovalOutcome.NotAnApprover => "was approved on GitHub only by people who held no approver role that day.",
        _ => "was merged without an approval on GitHub.",
    };

    public static string ClaimNote(ChangeApproval change) => change.Claimed.IsEmpty
        ? string.Empty
        : " Its message names an approver (\"Approved-by\"): claimed, not verified.";

    /// <summary>"3 changes were merged from 2026-09-01 to 2026-12-05".</summary>
    public static string Counted(ApprovalEvidence approvals) =>
        $"{Wording.Plural(approvals.Changes.Length, "change was", "changes were")} merged from {Wording.Date(approvals.Since)} to {Wording.Date(approvals.Until)}";
}
