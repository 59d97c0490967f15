using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Logging;

/// <summary>
/// LOG-03: emergency-account sign-ins, sign-in rule changes, privileged role assignments and backup security changes
/// raise an alert that reaches both the IT provider and the headteacher (DfE-CS CS3, NCSC-BK).
/// </summary>
public sealed class RiskyChangeAlertRule : LoggingRule
{
    public override string Id => "log-03";

    protected override string MetSummary => "The IT provider and the headteacher are alerted at once to risky changes.";

    protected override void Check(RuleContext context, LoggingConfig logging, FindingBuilder finding)
    {
        var missing = Enum.GetValues<AlertTrigger>().Where(t => !logging.Alerts.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            finding.NotMet("alertsMissing", logging.Span, $"These risky changes raise no alert: {string.Join("; ", missing.Select(Describe))}.",
                "Add them to logging alerts.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"Alerts are raised for {string.Join("; ", logging.Alerts.Select(Describe))}.");
        }

        foreach (var (role, who) in new[] { (SchoolRole.ItProvider, "the IT provider"), (SchoolRole.Headteacher, "the headteacher") })
        {
            if (logging.AlertRoles.Contains(role))
            {
                finding.Evidence($"The alerts reach {who}.");
            }
            else
            {
                finding.NotMet("alertRecipients", logging.Span, $"The alerts do not reach {who}.",
                    $"Add {ConfigNaming.EnumValue(role)} to logging alertRoles.", SchoolRole.ItProvider);
            }
        }

        finding.LiveCheckNotRun("that the alert rules are enabled and their action group reaches those roles");
    }

    private static string Describe(AlertTrigger trigger) => trigger switch
    {
        AlertTrigger.BreakGlassSignIn => "an emergency account signing in",
        AlertTrigger.ConditionalAccessChanged => "a sign-in rule created, changed, disabled or deleted",
        AlertTrigger.PrivilegedRoleAssigned => "an administrator role given to someone",
        AlertTrigger.BackupSecurityChanged => "backup vault security changed or protected items deleted",
        _ => trigger.ToString(),
    };
}
