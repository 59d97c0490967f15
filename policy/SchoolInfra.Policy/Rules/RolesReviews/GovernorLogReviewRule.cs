using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-09: each term the safeguarding governor reviews the incident log and the filtering changes (seed 003: the
/// safeguarding governor monitors incident logs; seed 002: filtering logs go to the safeguarding governor; KCSIE;
/// DfE-FM FM1 and FM2). A <c>governor-log-review</c> record each term, made by the safeguarding governor (or the
/// governor responsible for filtering and monitoring), lists <c>incidents</c> and <c>filteringChanges</c> under
/// <c>logsReviewed</c>.
/// </summary>
public sealed class GovernorLogReviewRule : IRule
{
    private static readonly SchoolRole[] Reviewers = [SchoolRole.SafeguardingGovernor, SchoolRole.ResponsibleGovernor];

    private static readonly (string Log, string What)[] Logs = [("incidents", "the incident log"), ("filteringChanges", "the filtering changes")];

    public string Id => "rev-09";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Roles.Span;
        var result = new FindingBuilder(control.Id, at);
        var due = RecordSchedule.Termly(RecordKind.GovernorLogReview, context.Records, context.Calendar, context.Today, r => Reviewers.Contains(r.By));
        result.Scheduled(due, "safeguarding governor's review of the logs", at,
            "the safeguarding governor reviews the incident log and the filtering changes and adds a governor-log-review record", SchoolRole.SafeguardingGovernor);
        if (due.Latest is not { } review)
        {
            return result.Build(string.Empty);
        }

        var reviewed = review.Words("logsReviewed").ToHashSet(StringComparer.Ordinal);
        var missed = Logs.Where(l => !reviewed.Contains(l.Log)).Select(l => l.What).ToList();
        if (missed.Count > 0)
        {
            result.Partial("logsMissed", review.SpanOf("logsReviewed"), $"The governor's review of {Wording.Date(review.Date)} did not look at {Wording.List(missed)}.",
                "review both logs and list incidents and filteringChanges under logsReviewed", SchoolRole.SafeguardingGovernor);
        }

        return result.Build("Each term the safeguarding governor reviews the incident log and the filtering changes.");
    }
}
