using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>A FIL rule: not met when the school declares no filtering at all, otherwise it reads the declaration.</summary>
public abstract class FilteringRule : SectionRule<FilteringConfig>
{
    protected sealed override string MissingMessage => "No internet filtering is declared for the school.";

    protected sealed override string MissingAction =>
        "Declare the school's filtering under schoolinfra:filtering: the upstream provider and one profile per user group.";

    protected sealed override FilteringConfig? Section(SchoolConfig config) => config.Filtering;

    protected sealed override void Check(RuleContext context, FilteringConfig section, FindingBuilder finding) =>
        Check(context, new FilteringView(context.Config, section), finding);

    protected abstract void Check(RuleContext context, FilteringView view, FindingBuilder finding);
}
