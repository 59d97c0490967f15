using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-08: a yearly audit of training needs (DfE-CS CS2: a cyber awareness plan for everyone with a log-in; DfE-FM
/// FM1: staff understand their roles; KCSIE). A <c>training-needs-audit</c> record each academic year lists under
/// <c>groups</c> every staff and governor group it assessed, and says under <c>enhanced</c> (true) that it covered
/// the extra training of the filtering and monitoring roles.
/// </summary>
public sealed class TrainingNeedsAuditRule : IRule
{
    public string Id => "rev-08";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (result.ScheduledAnnual(RecordKind.TrainingNeedsAudit, context, "yearly audit of training needs", at,
            "check what training each group of staff and governors needs and add a training-needs-audit record", SchoolRole.SltDigitalLead) is not { } audit)
        {
            return result.Build(string.Empty);
        }

        var assessed = audit.Words("groups").ToHashSet(StringComparer.Ordinal);
        var adults = context.Config.Identity.Groups.Where(g => TrainingRule.IsStaff(g.Kind) || g.Kind == GroupKind.Governor).ToList();
        var missed = adults.Where(g => !assessed.Contains(g.Key)).Select(g => Wording.InSentence(g.DisplayName)).ToList();
        if (missed.Count > 0)
        {
            result.Partial("groupsMissed", audit.SpanOf("groups"), $"The audit of {Wording.Date(audit.Date)} did not assess {Wording.List(missed)}.",
                "assess every staff and governor group and list them under groups", SchoolRole.SltDigitalLead);
        }

        if (audit.Flag("enhanced") != true)
        {
            result.Partial("enhancedNotAssessed", audit.SpanOf("enhanced"), $"The audit of {Wording.Date(audit.Date)} does not cover the extra training of the filtering and monitoring roles.",
                "assess the enhanced training of the responsible governor, the senior lead and the DSL, and record enhanced: true", SchoolRole.SltDigitalLead);
        }

        result.Evidence($"The audit of {Wording.Date(audit.Date)} assessed {Wording.Plural(adults.Count - missed.Count, "group", "groups")}.");
        return result.Build("Leaders checked this year what training each group of staff and governors needs.");
    }
}
