using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Tests.Build.Backup;

public class BackupBuilderTests
{
    private static readonly DesiredState Example = ExampleCompile.State();

    [Fact]
    public void Build_ExampleVault_IsGeoRedundantImmutableAndProtected()
    {
        var vault = Example.Resource(ResourceNames.BackupVault("main"));

        Assert.Equal(AzureNativeTypes.RecoveryServicesVault, vault.Type);
        Assert.Equal("rsv-oakfield-backup", vault.TextAt("vaultName"));
        Assert.Equal("${resourceGroup.name}", vault.TextAt("resourceGroupName"));
        Assert.Equal("GeoRedundant", vault.TextAt("properties", "redundancySettings", "standardTierStorageRedundancy"));
        Assert.Equal("Enabled", vault.TextAt("properties", "redundancySettings", "crossRegionRestore"));
        Assert.Equal("Locked", vault.TextAt("properties", "securitySettings", "immutabilitySettings", "state"));
        Assert.Equal("AlwaysON", vault.TextAt("properties", "securitySettings", "softDeleteSettings", "softDeleteState"));
        Assert.Equal(14, vault.NumberAt("properties", "securitySettings", "softDeleteSettings", "softDeleteRetentionPeriodInDays"));
        Assert.Equal("Enabled", vault.TextAt("properties", "monitoringSettings", "azureMonitorAlertSettings", "alertsForAllJobFailures"));
        Assert.True(vault.Options.Protect);
        Assert.Equal(["BAK-01", "BAK-02", "BAK-05", "BAK-07"], vault.Controls.ToArray());
    }

    [Fact]
    public void Build_WaivedLocallyRedundantVault_EmitsWhatIsDeclared()
    {
        var text = ExampleCompile.With(ExampleCompile.Text, "storageRedundancy: geoRedundant", "storageRedundancy: locallyRedundant");
        text = ExampleCompile.With(text, "  schoolinfra:waivers:\n",
            "  schoolinfra:waivers:\n    - control: BAK-01\n      reason: Agreed while the new provider contract starts.\n      approvedBy: headteacher\n      approvedOn: 2026-11-02\n      expiresOn: 2027-01-29\n");

        var vault = ExampleCompile.State(text).Resource(ResourceNames.BackupVault("main"));

        Assert.Equal("LocallyRedundant", vault.TextAt("properties", "redundancySettings", "standardTierStorageRedundancy"));
    }

    [Fact]
    public void Build_ExamplePolicy_RunsDailyAtTheDeclaredUkTime()
    {
        var policy = Example.Resource("backupPolicy-dailyFiles");

        Assert.Equal(AzureNativeTypes.ProtectionPolicy, policy.Type);
        Assert.Equal("${backupVault-main.name}", policy.TextAt("vaultName"));
        Assert.Equal("AzureStorage", policy.TextAt("properties", "backupManagementType"));
        Assert.Equal("AzureFileShare", policy.TextAt("properties", "workLoadType"));
        Assert.Equal("GMT Standard Time", policy.TextAt("properties", "timeZone"));
        Assert.Equal("Daily", policy.TextAt("properties", "schedulePolicy", "scheduleRunFrequency"));
        var runTimes = Assert.IsType<PulumiList>(policy.At("properties", "schedulePolicy", "scheduleRunTimes"));
        Assert.Equal(new PulumiText("2026-01-01T19:00:00Z"), Assert.Single(runTimes.Items));
        Assert.Equal(["BAK-04"], policy.Controls.ToArray());
    }

    [Fact]
    public void Build_ExamplePolicy_KeepsDailyWeeklyAndMonthlyPoints()
    {
        var policy = Example.Resource("backupPolicy-dailyFiles");

        Assert.Equal(30, policy.NumberAt("properties", "retentionPolicy", "dailySchedule", "retentionDuration", "count"));
        Assert.Equal("Days", policy.TextAt("properties", "retentionPolicy", "dailySchedule", "retentionDuration", "durationType"));
        Assert.Equal(12, policy.NumberAt("properties", "retentionPolicy", "weeklySchedule", "retentionDuration", "count"));
        Assert.Equal(12, policy.NumberAt("properties", "retentionPolicy", "monthlySchedule", "retentionDuration", "count"));
        Assert.Null(Assert.IsType<PulumiObject>(policy.At("properties", "retentionPolicy"))["yearlySchedule"]);
    }

    [Fact]
    public void Build_VmPolicyWithYearlyPoints_UsesTheVmShape()
    {
        var text = ExampleCompile.With(ExampleCompile.Text, "        workload: azureFileShare\n        dailyAt: \"19:00\"", "        workload: azureVm\n        dailyAt: \"21:30\"\n        keepYearlyYears: 7");

        var policy = ExampleCompile.State(text).Resource("backupPolicy-dailyFiles");

        Assert.Equal("AzureIaasVM", policy.TextAt("properties", "backupManagementType"));
        Assert.Equal(7, policy.NumberAt("properties", "retentionPolicy", "yearlySchedule", "retentionDuration", "count"));
        Assert.Equal("2026-01-01T21:30:00Z", Assert.IsType<PulumiText>(Assert.IsType<PulumiList>(policy.At("properties", "schedulePolicy", "scheduleRunTimes")).Items[0]).Value);
    }

    [Fact]
    public void Build_FailedJobAlerts_EmailTheServiceDeskThroughAProcessingRule()
    {
        var alerts = Example.Resource("backupAlerts-main");
        var routing = Example.Resource("backupAlertRouting-main");

        Assert.Equal(AzureNativeTypes.ActionGroup, alerts.Type);
        var receiver = Assert.IsType<PulumiObject>(Assert.Single(Assert.IsType<PulumiList>(alerts.At("emailReceivers")).Items));
        Assert.Equal(new PulumiText("servicedesk@it-provider.example"), receiver["emailAddress"]);
        Assert.Equal(AzureNativeTypes.AlertProcessingRule, routing.Type);
        Assert.Equal(new PulumiExpression("${backupVault-main.id}"), Assert.Single(Assert.IsType<PulumiList>(routing.At("properties", "scopes")).Items));
        Assert.Contains("${backupAlerts-main.id}", Assert.IsType<PulumiList>(Assert.IsType<PulumiObject>(
            Assert.Single(Assert.IsType<PulumiList>(routing.At("properties", "actions")).Items))["actionGroupIds"]).Items.Select(i => ((PulumiExpression)i).Expression));
        Assert.All([alerts, routing], r => Assert.Contains("BAK-05", r.Controls));
    }

    [Fact]
    public void Build_CopiesOutsideAzure_AreNotesNotResources()
    {
        var notes = Example.Notes.Where(n => n.Controls.Contains("BAK-01")).ToList();

        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.Equal(NoteKind.CheckedNotDeployed, n.Kind));
        Assert.All(notes, n => Assert.True(n.Source.IsKnown));
        Assert.Contains(notes, n => n.Message.Contains("Rotated encrypted USB drives", StringComparison.Ordinal) && n.Controls.Contains("BAK-02"));
        Assert.DoesNotContain(Example.Resources, r => r.LogicalName.Contains("usbRotation", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ExampleSchool_PublishesThe3211Summary()
    {
        var summary = Assert.IsType<PulumiObject>(Assert.Single(Example.Outputs, o => o.Name == "backupRule").Value);

        Assert.Equal(new PulumiNumber(4), summary["copies"]);
        Assert.Equal(new PulumiNumber(3), summary["mediaKinds"]);
        // Offline and immutable are kept apart: the rotated drives are offline, the locked vault immutable.
        Assert.Equal(new PulumiNumber(1), summary["offline"]);
        Assert.Equal(new PulumiNumber(1), summary["immutable"]);
        Assert.Equal(new PulumiBool(true), summary["meets3211"]);
        Assert.Empty(Assert.IsType<PulumiList>(summary["shortfalls"]).Items);
    }

    [Fact]
    public void Build_NoBackupsDeclared_EmitsNoBackupResources()
    {
        var state = ExampleCompile.State(ExampleCompile.Without(ExampleCompile.Text, "  schoolinfra:backups:", "  schoolinfra:logging:"));

        Assert.DoesNotContain(state.Resources, r => r.Type.StartsWith("azure-native:recoveryservices", StringComparison.Ordinal));
        Assert.DoesNotContain(state.Outputs, o => o.Name == "backupRule");
        Assert.Equal(["LOG-02"], state.Resource(ResourceNames.ResourceGroup).Controls.ToArray());
    }
}
