using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Logging;

/// <summary>
/// The school's own audit-log store: a Log Analytics workspace that keeps logs for the declared retention and
/// cannot be deleted quietly (LOG-02), Entra sign-in and audit logs copied into it (LOG-01), and alert rules on
/// risky changes that email the service desk (LOG-03).
/// </summary>
public sealed class LoggingBuilder : IDomainBuilder
{
    private const string EntraDiagnostics = "entraAuditLogs";
    private const string ActivityLog = "activityLogToWorkspace";
    private const string AlertEmails = "logAlerts";

    public void Build(BuildContext context)
    {
        if (context.Config.Logging is not { } logging)
        {
            return;
        }

        var workspace = ResourceNames.LogWorkspace;
        var workspaceId = PulumiValue.Ref(workspace, "id");
        context.Add(workspace, AzureNativeTypes.LogAnalyticsWorkspace, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("workspaceName", PulumiValue.Text(logging.WorkspaceName)),
                ("location", PulumiValue.Text(context.Config.School.AzureLocation)),
                ("sku", PulumiValue.Map(("name", PulumiValue.Text("PerGB2018")))),
                ("retentionInDays", PulumiValue.Number(logging.RetentionDays))),
            logging.Span, $"The school's audit-log store, keeping sign-in and change logs for {logging.RetentionDays} days.", ["LOG-01", "LOG-02"],
            new ResourceOptions { Protect = true });

        // By scope with the workspace id rather than ManagementLockAtResourceLevel, whose parentResourcePath is empty
        // for a top-level resource and trips azure-native (pulumi/pulumi-azure-native#2630).
        context.Add($"{workspace}-lock", AzureNativeTypes.ManagementLockByScope, PulumiValue.Map(
                ("scope", workspaceId),
                ("lockName", PulumiValue.Text("schoolinfra-keep-audit-logs")),
                ("level", PulumiValue.Text("CanNotDelete")),
                ("notes", PulumiValue.Text("Audit logs are evidence for governors and investigations (LOG-02). Remove only through a change the headteacher approves."))),
            logging.Span, "A delete lock, so the audit logs cannot be quietly removed.", ["LOG-02"]);

        context.Add(EntraDiagnostics, AzureNativeTypes.EntraDiagnosticSetting, PulumiValue.Map(
                ("name", PulumiValue.Text("schoolinfra-audit-logs")),
                ("workspaceId", workspaceId),
                ("logs", PulumiValue.List(logging.EntraLogs.Select(c => PulumiValue.Map(
                    ("category", PulumiValue.Text(c.ToString())),
                    ("enabled", PulumiValue.Bool(true))))))),
            logging.Span, $"Copies Entra {string.Join(", ", logging.EntraLogs)} to the workspace, past Microsoft's 30-day limit.", ["LOG-01"]);

        AddAlerts(context, logging);
        context.AddOutput(new DesiredOutput("auditLogWorkspace", PulumiValue.Ref(workspace, "customerId")));
    }

    private static void AddAlerts(BuildContext context, LoggingConfig logging)
    {
        if (logging.Alerts.IsEmpty)
        {
            return;
        }

        var workspaceId = PulumiValue.Ref(ResourceNames.LogWorkspace, "id");
        context.Add(AlertEmails, AzureNativeTypes.ActionGroup, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("location", PulumiValue.Text("Global")),
                ("groupShortName", PulumiValue.Text("AuditAlerts")),
                ("enabled", PulumiValue.Bool(true)),
                ("emailReceivers", PulumiValue.List(PulumiValue.Map(
                    ("name", PulumiValue.Text("service-desk")),
                    ("emailAddress", PulumiValue.Text(logging.AlertEmail)),
                    ("useCommonAlertSchema", PulumiValue.Bool(true)))))),
            logging.Span, $"Emails the service desk address, for the {RolePhrases.List(logging.AlertRoles)}, when a risky change is logged.", ["LOG-03"]);

        if (logging.Alerts.Contains(AlertTrigger.BackupSecurityChanged))
        {
            // Vault changes are in the subscription's activity log, which reaches the workspace only through this.
            context.Add(ActivityLog, AzureNativeTypes.SubscriptionDiagnosticSetting, PulumiValue.Map(
                    ("name", PulumiValue.Text("schoolinfra-activity-log")),
                    ("workspaceId", workspaceId),
                    ("logs", PulumiValue.List(PulumiValue.Map(
                        ("category", PulumiValue.Text("Administrative")),
                        ("enabled", PulumiValue.Bool(true)))))),
                logging.Span, "Copies the subscription's administrative activity log to the workspace, so vault changes can raise alerts.", ["LOG-01", "LOG-03"]);
        }

        var upns = context.Config.Identity.BreakGlass.Select(a => a.UserPrincipalName).ToImmutableArray();
        foreach (var trigger in logging.Alerts.Distinct())
        {
            var alert = AlertQueries.For(trigger, upns);
            var logSource = trigger == AlertTrigger.BackupSecurityChanged ? ActivityLog : EntraDiagnostics;
            context.Add($"logAlert-{ConfigNaming.EnumValue(trigger)}", AzureNativeTypes.ScheduledQueryRule, PulumiValue.Map(
                    ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                    ("location", PulumiValue.Text(context.Config.School.AzureLocation)),
                    ("kind", PulumiValue.Text("LogAlert")),
                    ("displayName", PulumiValue.Text(context.DisplayName(alert.Title))),
                    ("description", PulumiValue.Text(alert.Purpose)),
                    ("enabled", PulumiValue.Bool(true)),
                    ("severity", PulumiValue.Number(alert.Severity)),
                    ("scopes", PulumiValue.List(workspaceId)),
                    ("evaluationFrequency", PulumiValue.Text("PT5M")),
                    ("windowSize", PulumiValue.Text("PT5M")),
                    ("criteria", PulumiValue.Map(("allOf", PulumiValue.List(PulumiValue.Map(
                        ("query", PulumiValue.Text(alert.Query)),
                        ("timeAggregation", PulumiValue.Text("Count")),
                        ("operator", PulumiValue.Text("GreaterThan")),
                        ("threshold", PulumiValue.Number(0)),
                        ("failingPeriods", PulumiValue.Map(
                            ("numberOfEvaluationPeriods", PulumiValue.Number(1)),
                            ("minFailingPeriodsToAlert", PulumiValue.Number(1))))))))),
                    // Each event is its own incident: it stays open until someone has looked at it.
                    ("autoMitigate", PulumiValue.Bool(false)),
                    // The log tables appear only after the first logs arrive, so a new workspace would fail validation.
                    ("skipQueryValidation", PulumiValue.Bool(true)),
                    ("actions", PulumiValue.Map(("actionGroups", PulumiValue.List(PulumiValue.Ref(AlertEmails, "id")))))),
                logging.Span, alert.Purpose, alert.Controls,
                new ResourceOptions { DependsOn = [logSource] });
        }
    }
}
