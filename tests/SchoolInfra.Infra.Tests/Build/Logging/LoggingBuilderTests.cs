using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Tests.Build.Logging;

public class LoggingBuilderTests
{
    private static readonly DesiredState Example = ExampleCompile.State();

    private static IEnumerable<DesiredResource> AlertRules(DesiredState state) => state.OfType(AzureNativeTypes.ScheduledQueryRule);

    [Fact]
    public void Build_ExampleWorkspace_KeepsLogsForTheDeclaredRetention()
    {
        var workspace = Example.Resource(ResourceNames.LogWorkspace);

        Assert.Equal(AzureNativeTypes.LogAnalyticsWorkspace, workspace.Type);
        Assert.Equal("log-oakfield-primary", workspace.TextAt("workspaceName"));
        Assert.Equal(365, workspace.NumberAt("retentionInDays"));
        Assert.Equal("PerGB2018", workspace.TextAt("sku", "name"));
        Assert.True(workspace.Options.Protect);
    }

    [Fact]
    public void Build_WaivedShorterRetention_IsEmittedAsDeclared()
    {
        var text = ExampleCompile.With(ExampleCompile.Text, "retentionDays: 365", "retentionDays: 180");
        text = ExampleCompile.With(text, "  schoolinfra:waivers:\n",
            "  schoolinfra:waivers:\n    - control: LOG-02\n      reason: Storage budget agreed with governors for this term.\n      approvedBy: headteacher\n      approvedOn: 2026-11-02\n      expiresOn: 2027-01-29\n");

        Assert.Equal(180, ExampleCompile.State(text).Resource(ResourceNames.LogWorkspace).NumberAt("retentionInDays"));
    }

    [Fact]
    public void Build_Workspace_HasACanNotDeleteLock()
    {
        var locks = Example.OfType(AzureNativeTypes.ManagementLockByScope).ToList();

        var workspaceLock = Assert.Single(locks);
        Assert.Equal("CanNotDelete", workspaceLock.TextAt("level"));
        Assert.Equal("${logWorkspace.id}", workspaceLock.TextAt("scope"));
        Assert.Contains("LOG-02", workspaceLock.Controls);
    }

    [Fact]
    public void Build_EntraDiagnosticSetting_SendsTheDeclaredCategoriesToTheWorkspace()
    {
        var setting = Assert.Single(Example.OfType(AzureNativeTypes.EntraDiagnosticSetting));

        Assert.Equal("${logWorkspace.id}", setting.TextAt("workspaceId"));
        var categories = Assert.IsType<PulumiList>(setting.At("logs")).Items
            .Select(i => Assert.IsType<PulumiText>(Assert.IsType<PulumiObject>(i)["category"]).Value)
            .ToList();
        Assert.Equal(["AuditLogs", "SignInLogs", "NonInteractiveUserSignInLogs", "ServicePrincipalSignInLogs", "ManagedIdentitySignInLogs", "ProvisioningLogs"], categories);
        Assert.Equal(["LOG-01"], setting.Controls.ToArray());
    }

    [Fact]
    public void Build_ExampleAlerts_OneRulePerTriggerEmailingTheServiceDesk()
    {
        var rules = AlertRules(Example).ToList();

        Assert.Equal(
            ["logAlert-breakGlassSignIn", "logAlert-conditionalAccessChanged", "logAlert-privilegedRoleAssigned", "logAlert-backupSecurityChanged"],
            rules.Select(r => r.LogicalName));
        Assert.All(rules, r =>
        {
            Assert.Contains("LOG-03", r.Controls);
            Assert.Equal("${logAlerts.id}", Assert.IsType<PulumiExpression>(Assert.Single(Assert.IsType<PulumiList>(r.At("actions", "actionGroups")).Items)).Expression);
            Assert.Equal("${logWorkspace.id}", Assert.IsType<PulumiExpression>(Assert.Single(Assert.IsType<PulumiList>(r.At("scopes")).Items)).Expression);
            Assert.Equal(new PulumiBool(true), r.At("enabled"));
        });
        var receiver = Assert.IsType<PulumiObject>(Assert.Single(Assert.IsType<PulumiList>(Example.Resource("logAlerts").At("emailReceivers")).Items));
        Assert.Equal(new PulumiText("servicedesk@it-provider.example"), receiver["emailAddress"]);
    }

    [Fact]
    public void Build_BreakGlassAlert_WatchesBothEmergencyAccounts()
    {
        var rule = Example.Resource("logAlert-breakGlassSignIn");
        var query = Assert.IsType<PulumiText>(Assert.IsType<PulumiObject>(Assert.Single(Assert.IsType<PulumiList>(rule.At("criteria", "allOf")).Items))["query"]).Value;

        Assert.Contains("\"bg-emergency1@oakfieldprimaryexample.onmicrosoft.com\"", query, StringComparison.Ordinal);
        Assert.Contains("\"bg-emergency2@oakfieldprimaryexample.onmicrosoft.com\"", query, StringComparison.Ordinal);
        Assert.Equal(0, rule.NumberAt("severity"));
        Assert.Contains("IAM-05", rule.Controls);
    }

    [Fact]
    public void Build_BackupSecurityAlert_ReadsTheActivityLogSentToTheWorkspace()
    {
        var rule = Example.Resource("logAlert-backupSecurityChanged");
        var activityLog = Assert.Single(Example.OfType(AzureNativeTypes.SubscriptionDiagnosticSetting));

        Assert.Equal([activityLog.LogicalName], rule.Options.DependsOn.ToArray());
        Assert.Equal("${logWorkspace.id}", activityLog.TextAt("workspaceId"));
    }

    [Fact]
    public void Build_OnlyBreakGlassAlertDeclared_HasNoActivityLogExport()
    {
        var text = ExampleCompile.With(ExampleCompile.Text, "    retentionDays: 365\n", "    retentionDays: 365\n    alerts: [breakGlassSignIn]\n");

        var state = ExampleCompile.State(text);

        Assert.Equal(["logAlert-breakGlassSignIn"], AlertRules(state).Select(r => r.LogicalName));
        Assert.Empty(state.OfType(AzureNativeTypes.SubscriptionDiagnosticSetting));
    }

    [Fact]
    public void Build_NoAlertsDeclared_HasNoActionGroupForAudit()
    {
        var state = ExampleCompile.State(ExampleCompile.With(ExampleCompile.Text, "    retentionDays: 365\n", "    retentionDays: 365\n    alerts: []\n"));

        Assert.Empty(AlertRules(state));
        Assert.Null(state.Find("logAlerts"));
    }

    [Fact]
    public void Compile_BackupAlertQuery_EscapesItsDollarForPulumi()
    {
        var template = ExampleCompile.Compile().Template ?? "";

        Assert.Contains("(write|delete)$$", template, StringComparison.Ordinal);
        Assert.DoesNotContain("(write|delete)$\\\"", template, StringComparison.Ordinal);
    }
}
