using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-04: changes made behind the pipeline's back are caught by a nightly drift run. Only observed state shows
/// that, so until drift detection exists there is no evidence, never "met".
/// </summary>
public sealed class DriftCaughtRule : IRule
{
    public string Id => "chg-04";

    public Finding Evaluate(Control control, RuleContext context) =>
        new FindingBuilder(control.Id, context.Config.Span)
            .Evidence($"Drift must be resolved or approved within {Wording.Plural(control.IntParameter("resolveSchoolDays", 5), "school day", "school days")}.")
            .NoEvidence("noDriftRun", context.Config.Span, "No drift run has been observed yet.",
                "schedule the nightly drift run once drift detection is set up for the school", SchoolRole.ItProvider)
            .Build("Changes made outside the pipeline are caught every night.");
}
