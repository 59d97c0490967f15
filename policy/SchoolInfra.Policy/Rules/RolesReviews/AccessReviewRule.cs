using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-03: a senior leader reviews access rights each term (DfE-CS CS4), covering group sizes, administrators,
/// guests, dormant accounts and the changes made. The seeds' annual review is the school's choice (C8): partial.
/// </summary>
public sealed class AccessReviewRule : IRule
{
    private static readonly string[] Fields = ["groupMemberCounts", "administrators", "guests", "dormantAccounts", "changes"];

    private static readonly SchoolRole[] SeniorLeaders =
        [SchoolRole.Headteacher, SchoolRole.SecondResponsiblePerson, SchoolRole.FmSltLead, SchoolRole.SltDigitalLead];

    public string Id => "rev-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var reviews = context.Config.Reviews;
        var at = reviews.Span.IsKnown ? reviews.Span : context.Config.Roles.Span;
        var result = new FindingBuilder(control.Id, at);
        var annual = reviews.AccessRights == ReviewFrequency.Annual;
        if (annual)
        {
            result.Partial("annualChoice", at, "The school has chosen to review access rights once a year; the DfE cyber standard asks for each term.",
                "set reviews accessRights: termly, or keep the choice under a waiver", SchoolRole.Headteacher);
        }

        bool BySeniorLeader(SchoolRecord r) => SeniorLeaders.Contains(r.By);
        var due = annual
            ? RecordSchedule.Annual(RecordKind.AccessReview, context.Records, context.Today, BySeniorLeader)
            : RecordSchedule.Termly(RecordKind.AccessReview, context.Records, context.Calendar, context.Today, BySeniorLeader);
        result.Scheduled(due, "access rights review by a senior leader", at,
            "review who has access to what and add an access-review record signed by a senior leader", SchoolRole.Headteacher);
        if (due.Latest is { } review)
        {
            var missing = Fields.Where(f => !review.Fields.ContainsKey(f)).ToList();
            if (missing.Count > 0)
            {
                result.Partial("reviewIncomplete", review.Source, $"The access review of {Wording.Date(review.Date)} does not record {Wording.List(missing)}.",
                    "record group member counts, administrators, guests, dormant accounts and the changes made", SchoolRole.Headteacher);
            }
        }

        return result.Build("A senior leader reviews who has access to what.");
    }
}
