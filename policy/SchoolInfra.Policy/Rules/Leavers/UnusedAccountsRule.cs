using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Leavers;

/// <summary>
/// JML-03: accounts unused for 90 days (adults) or 120 days (pupils) are switched off. Only sign-in activity in the
/// live tenant shows this, so until drift detection observes it there is no evidence, never "met".
/// </summary>
public sealed class UnusedAccountsRule : IRule
{
    public string Id => "jml-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var adults = control.IntParameter("adultDays", 90);
        var pupils = control.IntParameter("pupilDays", 120);
        return new FindingBuilder(control.Id, context.Config.Identity.Span)
            .Evidence($"Limit: {Wording.Number(adults)} days without a sign-in for adults, {Wording.Number(pupils)} for pupils.")
            .NoEvidence("liveNotRead", context.Config.Identity.Span, "Sign-in activity is only in the live tenant, which has not been observed yet.",
                "run drift detection (observe and drift) once it is set up for the school", SchoolRole.ItProvider)
            .Build("Unused accounts are switched off.");
    }
}
