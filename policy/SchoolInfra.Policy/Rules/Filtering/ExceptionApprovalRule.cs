using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.ChangeControl;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-10: every exception names its groups (not everyone), a reason, who asked, an approver who may approve
/// (headteacher or second responsible person, the DSL only if the school allows it; C6), an approval date not in the
/// future and an end date after it; nobody approves their own request; every permanent block or allow entry has a
/// reason (DfE-FM FM1: senior leaders record why things are blocked or allowed).
/// </summary>
public sealed class ExceptionApprovalRule : FilteringRule
{
    public override string Id => "fil-10";

    protected override string MetSummary => "Every unblocked site has a reason, an approver and an end date.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var filtering = view.Filtering;
        var approvers = Approvers.OfExceptions(filtering.DslMayApprove);
        var everyone = view.PeopleGroups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var exception in filtering.Exceptions)
        {
            CheckException(context, exception, approvers, everyone, finding);
        }

        if (!filtering.Exceptions.IsEmpty)
        {
            finding.Evidence($"{Count(filtering.Exceptions.Length, "exception is", "exceptions are")} declared, approved by {Names(approvers.Select(r => ConfigNaming.EnumValue(r)))} only.");
        }

        var entries = view.Profiles.SelectMany(p => p.BlockedDomains.Concat(p.AllowedDomains)).ToList();
        foreach (var entry in entries.Where(e => string.IsNullOrWhiteSpace(e.Reason)))
        {
            finding.NotMet("entryNoReason", entry.Span, $"The block or allow entry for \"{entry.Domain}\" has no reason.",
                "Write down why it is blocked or allowed.", SchoolRole.FmSltLead);
        }

        finding.Evidence($"{Count(entries.Count, "permanent block or allow entry carries", "permanent block and allow entries each carry")} a reason.");
        finding.Evidence("Whether an unblocked site is on the illegal-content lists is checked under FIL-04.");
    }

    private static void CheckException(RuleContext context, FilteringException exception, ImmutableArray<SchoolRole> approvers, HashSet<string> everyone, FindingBuilder finding)
    {
        var site = exception.Domain;
        if (exception.Groups.IsEmpty)
        {
            finding.NotMet("noGroups", exception.Span, $"The exception for \"{site}\" names no groups.", "Name the groups the site is unblocked for.", SchoolRole.Headteacher);
        }
        else if (everyone.Count > 1 && everyone.IsSubsetOf(exception.Groups))
        {
            finding.Partial("allGroups", exception.Span, $"The exception for \"{site}\" unblocks it for every group.",
                "Limit it to the groups that need it; if everyone truly does, make it a permanent allow entry with its reason.", SchoolRole.Headteacher);
        }

        if (string.IsNullOrWhiteSpace(exception.Reason) || string.IsNullOrWhiteSpace(exception.RequestedBy))
        {
            finding.NotMet("noReason", exception.Span, $"The exception for \"{site}\" does not say why it is needed or who asked.",
                "Add the reason and the role of the person who asked (requestedBy).", SchoolRole.Headteacher);
        }

        if (exception.ApprovedBy is not { } approver)
        {
            finding.NotMet("noApprover", exception.Span, $"The exception for \"{site}\" has no approver.",
                "Have the headteacher or the second responsible person approve it, and record approvedBy and approvedOn.", SchoolRole.Headteacher);
            return;
        }

        if (!approvers.Contains(approver))
        {
            finding.NotMet("approverNotAllowed", exception.Span, $"The exception for \"{site}\" was approved by \"{ConfigNaming.EnumValue(approver)}\", who may not approve filtering changes.",
                "Have the headteacher or the second responsible person approve it.", SchoolRole.Headteacher);
        }
        else if (Approvers.AskedFor(context.Config, exception.RequestedBy, approver))
        {
            finding.NotMet("selfApproved", exception.Span, $"The exception for \"{site}\" was requested and approved by the same role (\"{exception.RequestedBy}\").",
                "Have the other approver approve it: nobody approves their own request.",
                approver == SchoolRole.Headteacher ? SchoolRole.SecondResponsiblePerson : SchoolRole.Headteacher);
        }

        if (exception.ApprovedOn is not { } approvedOn)
        {
            finding.NotMet("noApprovalDate", exception.Span, $"The exception for \"{site}\" has no approval date.", "Record approvedOn.", SchoolRole.Headteacher);
        }
        else if (approvedOn > context.Today)
        {
            finding.NotMet("approvalFutureDated", exception.Span, $"The exception for \"{site}\" is approved with a future date ({approvedOn:yyyy-MM-dd}).",
                "Correct approvedOn to the day it was approved.", SchoolRole.Headteacher);
        }
        else if (exception.ExpiresOn is { } expiresOn && expiresOn <= approvedOn)
        {
            finding.NotMet("endsBeforeApproval", exception.Span, $"The exception for \"{site}\" ends ({expiresOn:yyyy-MM-dd}) before it was approved.",
                "Correct expiresOn or approvedOn.", SchoolRole.Headteacher);
        }
    }
}
