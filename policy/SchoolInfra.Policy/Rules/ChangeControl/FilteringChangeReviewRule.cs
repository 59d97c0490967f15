using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-03: filtering changes are logged and shown to governors each term (DfE-FM FM1, FM2; KCSIE). The list of
/// changes comes from git history in the termly report; validate checks the change-review record in which the
/// headteacher or the second responsible person reviewed that list.
/// </summary>
public sealed class FilteringChangeReviewRule : IRule
{
    public string Id => "chg-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var result = new FindingBuilder(control.Id, context.Config.Filtering?.Span ?? context.Config.Span);
        var due = RecordSchedule.Termly(RecordKind.ChangeReview, context.Records, context.Calendar, context.Today,
            r => r.By is SchoolRole.Headteacher or SchoolRole.SecondResponsiblePerson);
        result.Scheduled(due, "review of the term's filtering changes", context.Config.Filtering?.Span ?? context.Config.Span,
            "review the term's filtering changes in the report and add a change-review record", SchoolRole.Headteacher);
        result.Evidence("The list of filtering changes is taken from git history in the termly report.");
        return result.Build("Filtering changes are listed each term and reviewed by the headteacher or the second responsible person.");
    }
}
