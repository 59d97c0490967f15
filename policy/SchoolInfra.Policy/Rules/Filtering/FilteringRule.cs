using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>A FIL rule: not met when the school declares no filtering at all, otherwise it reads the declaration.</summary>
public abstract class FilteringRule : ControlRule
{
    protected sealed override void Check(RuleContext context, FindingBuilder finding)
    {
        if (context.Config.Filtering is not { } filtering)
        {
            finding.NotMet(context.Config.Span, "No internet filtering is declared for the school.",
                "Declare the school's filtering under schoolinfra:filtering: the upstream provider and one profile per user group.",
                SchoolRole.ItProvider);
            return;
        }

        finding.About(filtering.Span);
        Check(context, new FilteringView(context.Config, filtering), finding);
    }

    protected abstract void Check(RuleContext context, FilteringView view, FindingBuilder finding);
}
