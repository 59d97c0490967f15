using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Monitoring;

/// <summary>
/// MON-03: staff know how to report unsuitable content, over-blocking and security incidents (DfE-FM FM1 and FM3:
/// over-blocking must not limit teaching and is reported; DfE-CS CS7: an internal reporting route; KCSIE). The
/// governors' approved policy names a route for each (<see cref="ReportingRoutes"/>), unsuitable content reaches the
/// DSL or a deputy, and this year's training covered how to report (<c>topics</c> lists <c>reporting</c>).
/// </summary>
public sealed class ReportingRoutesRule : IRule
{
    private static readonly (string Route, string What)[] Routes =
    [
        (ReportingRoutes.UnsuitableContent, "unsuitable content"),
        (ReportingRoutes.OverBlocking, "a useful site that is blocked"),
        (ReportingRoutes.SecurityIncidents, "a security incident"),
    ];

    public string Id => "mon-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (GoverningBodyPolicy.Current(context) is not { } policy)
        {
            return result.NoEvidence("noApprovedPolicy", at, "No technical security policy approved by the governors in the last 12 months says how staff report problems.",
                "approve the policy with its reporting routes and add a policy-approval record listing them under reportingRoutes", SchoolRole.ChairOfGovernors).Build(string.Empty);
        }

        result.About(policy.SpanOf("reportingRoutes"));
        var missing = Routes.Where(r => ReportingRoutes.Roles(policy, r.Route).IsEmpty).Select(r => r.What).ToList();
        if (missing.Count > 0)
        {
            result.NotMet("routeMissing", policy.SpanOf("reportingRoutes"), $"The approved policy does not say who staff tell about {Wording.List(missing)}.",
                "name the role staff report each of these to, under reportingRoutes in the policy-approval record", SchoolRole.SltDigitalLead);
        }

        var unsuitable = ReportingRoutes.Roles(policy, ReportingRoutes.UnsuitableContent);
        if (!unsuitable.IsEmpty && !unsuitable.Any(r => r is SchoolRole.Dsl or SchoolRole.DeputyDsl))
        {
            result.NotMet("unsuitableNotToDsl", policy.SpanOf("reportingRoutes"), "Reports of unsuitable content do not go to the safeguarding lead or a deputy.",
                "send reports of unsuitable content to the DSL (dsl or deputyDsl)", SchoolRole.Dsl);
        }

        if (!GoverningBodyPolicy.TrainedTopics(context).Contains("reporting"))
        {
            result.Partial("notTrained", at, "This year's training record does not show that staff were told how to report these problems.",
                "cover the reporting routes in the yearly training and list reporting under its topics", SchoolRole.SltDigitalLead);
        }

        foreach (var (route, what) in Routes)
        {
            var roles = ReportingRoutes.Roles(policy, route);
            if (!roles.IsEmpty)
            {
                result.Evidence($"Staff report {what} to {Wording.List(roles.Select(Wording.Role))}.");
            }
        }

        return result.Build("Staff know who to tell about unsuitable content, over-blocking and security incidents, and were trained in it this year.");
    }
}
