using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Monitoring;

/// <summary>
/// MON-01: a monitoring plan that reaches the DSL quickly (DfE-FM FM4; KCSIE). Config declares the methods, the
/// high-risk alert route (the DSL and a deputy, not only the IT provider) and the AUP telling users they are
/// monitored; monitoring-review records show reports read every term-time week (one missed week is partial, two in
/// a row not met). Class log-ons cannot be traced to a pupil (C3): partial for those groups.
/// </summary>
public sealed class MonitoringPlanRule : IRule
{
    public string Id => "mon-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var config = context.Config;
        if (config.Monitoring is not { } monitoring)
        {
            return new FindingBuilder(control.Id, config.Span)
                .NotMet("notDeclared", config.Span, "No monitoring plan is declared.", "declare schoolinfra:monitoring with methods, alert routes and the AUP version", SchoolRole.Dsl)
                .Build(string.Empty);
        }

        var result = new FindingBuilder(control.Id, monitoring.Span);
        if (monitoring.Methods.IsEmpty)
        {
            result.NotMet("noMethods", monitoring.Span, "No monitoring methods are declared.", "list the methods used (in person, network logs, device monitoring)", SchoolRole.Dsl);
        }

        if (!monitoring.HighRiskAlertsTo.Contains(SchoolRole.Dsl) || !monitoring.HighRiskAlertsTo.Contains(SchoolRole.DeputyDsl))
        {
            result.NotMet("alertRoute", monitoring.Span, "High-risk monitoring alerts do not go to both the DSL and a deputy.",
                "add dsl and deputyDsl to highRiskAlertsTo", SchoolRole.Dsl);
        }

        if (!monitoring.UsersToldTheyAreMonitored)
        {
            result.NotMet("usersNotTold", monitoring.Span, "Users are not told that their use is monitored.",
                "say so in the acceptable use policy and the sign-in page, then set usersToldTheyAreMonitored: true", SchoolRole.Dsl);
        }

        var classLogons = config.Identity.Groups.Where(g => g.Credentials == Credentials.ClassLogon).Select(g => g.Key).ToList();
        if (classLogons.Count > 0)
        {
            result.Partial("classLogons", config.Identity.Span, $"Activity on the class log-ons {Wording.Quoted(classLogons)} cannot be traced to one pupil.",
                "give these pupils their own log-ons, or keep the choice under a waiver the governors renew", SchoolRole.Dsl);
        }

        CheckWeeks(context, monitoring, result);
        result.Evidence($"Methods: {Wording.List(monitoring.Methods.Select(m => ConfigNaming.EnumValue(m)))}; high-risk alerts reach {Wording.List(monitoring.HighRiskAlertsTo.Select(Wording.Role))}; AUP version {monitoring.AupVersion}.");
        return result.Build("Monitoring is planned, high-risk alerts reach the DSL at once and reports are read every week.");
    }

    private static void CheckWeeks(RuleContext context, MonitoringConfig monitoring, FindingBuilder result)
    {
        // The same weeks the schedule of records counts (RecordSchedule.Weekly): one algorithm.
        var (weeks, missed) = RecordSchedule.ReviewedWeeks(context.Records, context.Calendar, context.Today);
        var twoInARow = missed.Zip(missed.Skip(1)).FirstOrDefault(p => weeks.IndexOf(p.Second) == weeks.IndexOf(p.First) + 1);
        var at = context.Records.Latest(RecordKind.MonitoringReview)?.Source ?? monitoring.Span;
        var who = monitoring.WeeklyReviewBy;
        const string action = "review the reports every term-time week and record the weeks in a monitoring-review record";
        if (twoInARow != default)
        {
            result.NotMet("weeklyReview", at, $"Monitoring reports were not reviewed in two weeks running, from {Wording.Date(twoInARow.First)}.", action, who);
        }
        else if (missed.Length > 0)
        {
            result.Partial("weeklyReview", at, missed.Length == 1
                ? $"Monitoring reports were not reviewed in the week of {Wording.Date(missed[0])}."
                : $"Monitoring reports were not reviewed in {Wording.Number(missed.Length)} weeks, the first from {Wording.Date(missed[0])}.", action, who);
        }

        result.Evidence($"Weekly reviews recorded for {Wording.Number(weeks.Length - missed.Length)} of {Wording.Plural(weeks.Length, "term-time week", "term-time weeks")} so far this year.");
    }
}
