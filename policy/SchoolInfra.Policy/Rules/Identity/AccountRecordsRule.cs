using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-08: user accounts and password-change requests are recorded (seed 004's records for governors: user IDs and
/// requests for password changes; DfE-CS CS4). The latest access review counts the accounts of every adult group
/// (<c>groupMemberCounts</c>) and the term's password resets, self-service and by IT (<c>passwordResets</c> with
/// <c>selfService</c> and <c>byIt</c>). Counts only, never names. Entra's audit log can confirm the resets once it is
/// read.
/// </summary>
public sealed class AccountRecordsRule : IRule
{
    public string Id => "iam-08";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Identity.Span;
        var result = new FindingBuilder(control.Id, at);
        if (context.Records.OfKind(RecordKind.AccessReview).FirstOrDefault(r => r.Date <= context.Today) is not { } review)
        {
            return result.NoEvidence("noAccessReview", at, "No access review records how many accounts each group has or how many passwords were reset.",
                "record account counts and password resets in each term's access-review record", SchoolRole.SecondResponsiblePerson).Build(string.Empty);
        }

        result.About(review.Source);
        var counts = review.Section("groupMemberCounts");
        var adults = context.Config.Identity.Groups.Where(g => g.Kind is not (GroupKind.Pupil or GroupKind.Guest or GroupKind.Service)).ToList();
        var uncounted = adults.Where(g => counts is null || counts[g.Key] is null).Select(g => Wording.InSentence(g.DisplayName)).ToList();
        if (uncounted.Count > 0)
        {
            result.Partial("accountsNotCounted", review.SpanOf("groupMemberCounts"), $"The access review of {Wording.Date(review.Date)} does not count the accounts of {Wording.List(uncounted)}.",
                "count the accounts of every staff and governor group under groupMemberCounts", SchoolRole.SecondResponsiblePerson);
        }

        var resets = review.Section("passwordResets");
        var selfService = resets is null ? null : SchoolRecord.NumberIn(resets, "selfService");
        var byIt = resets is null ? null : SchoolRecord.NumberIn(resets, "byIt");
        if (selfService is null || byIt is null)
        {
            result.Partial("resetsNotRecorded", review.SpanOf("passwordResets"), $"The access review of {Wording.Date(review.Date)} does not record the term's password resets.",
                "record passwordResets with selfService and byIt (from the Entra audit log)", SchoolRole.ItProvider);
        }
        else
        {
            result.Evidence($"Password resets recorded on {Wording.Date(review.Date)}: {Wording.Number(selfService.Value)} by users themselves, {Wording.Number(byIt.Value)} by the IT provider.");
        }

        result.Evidence($"Accounts counted for {Wording.Plural(adults.Count - uncounted.Count, "staff or governor group", "staff and governor groups")}.");
        result.TenantNotObserved("the password resets match Entra's audit log");
        return result.Build("Each term's access review records the accounts in each group and the password resets.");
    }
}
