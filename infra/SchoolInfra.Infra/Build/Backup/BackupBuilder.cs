using System.Globalization;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Backup;

/// <summary>
/// Recovery Services vaults that are off site and out of an attacker's reach (geo-redundant with cross-region
/// restore, immutability locked, soft delete always on: BAK-01, BAK-02), daily policies with long enough retention
/// (BAK-04), and failed-job alerts routed to the service desk (BAK-05). Copies outside Azure (NAS, rotated drives,
/// a backup service) are not cloud resources: they become notes, and with the vaults they make up the 3-2-1-1
/// summary published as a stack output.
/// </summary>
public sealed class BackupBuilder : IDomainBuilder
{
    public void Build(BuildContext context)
    {
        if (context.Config.Backups is not { } backups)
        {
            return;
        }

        foreach (var vault in backups.Vaults)
        {
            AddVault(context, vault);
        }

        foreach (var policy in backups.Policies)
        {
            context.Add($"backupPolicy-{policy.Key}", AzureNativeTypes.ProtectionPolicy, PulumiValue.Map(
                    ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                    ("vaultName", PulumiValue.Ref(ResourceNames.BackupVault(policy.Vault), "name")),
                    ("policyName", PulumiValue.Text(policy.Key)),
                    ("properties", BackupPolicyProperties.For(policy))),
                policy.Span,
                $"Daily backup at {policy.DailyAt} UK time, kept for {Retention(policy)}.",
                ["BAK-04"]);
        }

        foreach (var copy in backups.Copies.Where(c => c.Medium != CopyMedium.CloudVault))
        {
            context.AddNote(new DesiredNote(NoteKind.CheckedNotDeployed,
                $"\"{copy.Name}\" ({ConfigNaming.EnumValue(copy.Medium)}, kept at {ConfigNaming.EnumValue(copy.StoragePlace)}) is a backup copy outside Azure: it counts towards 3-2-1-1 as declared, and its records (rotation log, restore tests) are checked instead of a deployment.",
                copy.Span, copy.Offline ? ["BAK-01", "BAK-02", "BAK-07"] : ["BAK-01", "BAK-07"]));
        }

        context.AddOutput(new DesiredOutput("backupRule", Summary(BackupCopyCounter.Count(backups))));
    }

    private static void AddVault(BuildContext context, BackupVault vault)
    {
        var name = ResourceNames.BackupVault(vault.Key);
        context.Add(name, AzureNativeTypes.RecoveryServicesVault, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("vaultName", PulumiValue.Text(vault.Name)),
                ("location", PulumiValue.Text(context.Config.School.AzureLocation)),
                ("sku", PulumiValue.Map(("name", PulumiValue.Text("RS0")), ("tier", PulumiValue.Text("Standard")))),
                ("properties", PulumiValue.Map(
                    ("redundancySettings", PulumiValue.Map(
                        ("standardTierStorageRedundancy", PulumiValue.Text(vault.StorageRedundancy.ToString())),
                        ("crossRegionRestore", PulumiValue.Text(vault.CrossRegionRestore ? "Enabled" : "Disabled")))),
                    ("securitySettings", PulumiValue.Map(
                        ("immutabilitySettings", PulumiValue.Map(("state", PulumiValue.Text(vault.Immutability.ToString())))),
                        // AlwaysON cannot be switched off again, so a stolen admin password cannot purge backups early.
                        ("softDeleteSettings", PulumiValue.Map(
                            ("softDeleteState", PulumiValue.Text("AlwaysON")),
                            ("softDeleteRetentionPeriodInDays", PulumiValue.Number(vault.SoftDeleteDays)),
                            ("enhancedSecurityState", PulumiValue.Text("AlwaysON")))))),
                    ("monitoringSettings", PulumiValue.Map(
                        ("azureMonitorAlertSettings", PulumiValue.Map(("alertsForAllJobFailures", PulumiValue.Text("Enabled"))))))))),
            vault.Span,
            $"The backup vault \"{vault.Name}\": copies kept in a second region, immutable, and deletions held back {vault.SoftDeleteDays} days.",
            ["BAK-01", "BAK-02", "BAK-05", "BAK-07"],
            new ResourceOptions { Protect = true });

        var alerts = $"backupAlerts-{vault.Key}";
        context.Add(alerts, AzureNativeTypes.ActionGroup, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("location", PulumiValue.Text("Global")),
                ("groupShortName", PulumiValue.Text("Backups")),
                ("enabled", PulumiValue.Bool(true)),
                ("emailReceivers", PulumiValue.List(PulumiValue.Map(
                    ("name", PulumiValue.Text("service-desk")),
                    ("emailAddress", PulumiValue.Text(vault.AlertEmail)),
                    ("useCommonAlertSchema", PulumiValue.Bool(true)))))),
            vault.Span, $"Emails the service desk address, for the {RolePhrases.List(vault.AlertRoles)}, when a backup in \"{vault.Name}\" fails.", ["BAK-05"]);

        // A vault's built-in Azure Monitor alerts reach nobody until an alert processing rule adds an action group.
        context.Add($"backupAlertRouting-{vault.Key}", AzureNativeTypes.AlertProcessingRule, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("location", PulumiValue.Text("Global")),
                ("properties", PulumiValue.Map(
                    ("scopes", PulumiValue.List(PulumiValue.Ref(name, "id"))),
                    ("actions", PulumiValue.List(PulumiValue.Map(
                        ("actionType", PulumiValue.Text("AddActionGroups")),
                        ("actionGroupIds", PulumiValue.List(PulumiValue.Ref(alerts, "id")))))),
                    ("description", PulumiValue.Text(context.DisplayName($"Backup alerts from {vault.Name} to the service desk"))),
                    ("enabled", PulumiValue.Bool(true))))),
            vault.Span, $"Sends every alert from \"{vault.Name}\", failed jobs included, to the backup alert emails.", ["BAK-05"]);
    }

    /// <summary>"30 days, 12 weeks and 12 months": the retention points the policy keeps, leaving out the unused ones.</summary>
    private static string Retention(BackupPolicy policy)
    {
        var parts = new[]
            {
                (policy.KeepDailyDays, "days"), (policy.KeepWeeklyWeeks, "weeks"), (policy.KeepMonthlyMonths, "months"), (policy.KeepYearlyYears, "years"),
            }
            .Where(p => p.Item1 > 0)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Item1} {p.Item2}"))
            .ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }

    private static PulumiObject Summary(BackupRuleResult result) => PulumiValue.Map(
        ("copies", PulumiValue.Number(result.Copies)),
        ("mediaKinds", PulumiValue.Number(result.MediaKinds)),
        ("offSite", PulumiValue.Number(result.OffSite)),
        ("offline", PulumiValue.Number(result.Offline)),
        ("immutable", PulumiValue.Number(result.Immutable)),
        ("countsLiveCopy", PulumiValue.Bool(result.CountsLiveCopy)),
        ("meets321", PulumiValue.Bool(result.Meets321)),
        ("meets3211", PulumiValue.Bool(result.Meets3211)),
        ("protectedCopies", PulumiValue.TextList(result.ProtectedCopies)),
        ("shortfalls", PulumiValue.TextList(result.Shortfalls.Select(s => ConfigNaming.EnumValue(s)))));
}
