using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Backup;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Backups: 3-2-1-1 from the declared copies (BAK-01, BAK-02), every data source backed up (BAK-03), retention
/// (BAK-04), failure alerts (BAK-05), encryption and where drives are kept (BAK-07). Vault settings below the policy
/// may be waived for a while; the other rules may not.
/// </summary>
public sealed class BackupChecks : IConfigCheck
{
    /// <summary>BAK-04 minimums: a day, a week and a month can be gone back to for long enough.</summary>
    public const int MinDailyDays = 30;
    public const int MinWeeklyWeeks = 12;
    public const int MinMonthlyMonths = 12;

    public void Check(ValidationContext context)
    {
        if (context.Config.Backups is not { } backups)
        {
            return;
        }

        var bag = context.Diagnostics;
        foreach (var copy in backups.Copies)
        {
            CheckCopy(copy, backups, bag);
        }

        foreach (var source in backups.DataSources.Where(s => s.BackedUpTo.IsEmpty))
        {
            bag.Add(BackupDiagnostics.DataSourceNotBackedUp(source.Span, source.Key));
        }

        var waivers = new ActiveWaivers(context.Config.Waivers, context.Today);
        foreach (var vault in backups.Vaults)
        {
            CheckVault(vault, waivers, bag);
        }

        foreach (var policy in backups.Policies)
        {
            CheckRetention(policy, bag);
        }

        var result = BackupCopyCounter.Count(backups);
        if (!result.Meets3211)
        {
            bag.Add(BackupDiagnostics.RuleNotMet(backups.Span, result.Copies, result.MediaKinds, result.OffSite, result.ProtectedCopies.Length, result.CountsLiveCopy));
        }
    }

    private static void CheckCopy(BackupCopy copy, BackupConfig backups, DiagnosticBag bag)
    {
        if (copy.Medium == CopyMedium.CloudVault && copy.Vault is null)
        {
            bag.Add(BackupDiagnostics.CloudCopyWithoutVault(copy.Span, copy.Key));
        }
        else if (copy.Medium != CopyMedium.CloudVault && copy.Vault is not null)
        {
            bag.Add(BackupDiagnostics.VaultOnOtherCopy(copy.Span, copy.Key, ConfigNaming.EnumValue(copy.Medium)));
        }

        if (copy.StoragePlace == StoragePlace.Home)
        {
            bag.Add(BackupDiagnostics.StoredAtHome(copy.Span, copy.Key));
        }

        if (copy.Medium == CopyMedium.RemovableDrive)
        {
            if (copy.Rotation is null)
            {
                bag.Add(BackupDiagnostics.RemovableWithoutRotation(copy.Span, copy.Key));
            }

            if (!copy.Encrypted || string.IsNullOrWhiteSpace(copy.Encryption))
            {
                bag.Add(BackupDiagnostics.RemovableWithoutEncryption(copy.Span, copy.Key));
            }
        }
        else if (!copy.Encrypted)
        {
            bag.Add(BackupDiagnostics.NotEncrypted(copy.Span, copy.Key));
        }

        if (copy is { Medium: CopyMedium.CloudVault, Offline: true }
            && BackupCopyCounter.VaultOf(copy, backups.Vaults) is { Immutability: not ImmutabilityState.Locked } vault)
        {
            bag.Add(BackupDiagnostics.OfflineVaultNotLocked(copy.Span, copy.Key, vault.Key));
        }
    }

    private static void CheckVault(BackupVault vault, ActiveWaivers waivers, DiagnosticBag bag)
    {
        if (vault.Immutability != ImmutabilityState.Locked)
        {
            Report(vault, "BAK-02", $"immutability {ConfigNaming.EnumValue(vault.Immutability)}",
                BackupDiagnostics.ImmutabilityNotLocked(vault.Span, vault.Key, vault.Immutability), waivers, bag);
        }

        if (vault.StorageRedundancy != StorageRedundancy.GeoRedundant)
        {
            Report(vault, "BAK-01", $"{ConfigNaming.EnumValue(vault.StorageRedundancy)} storage",
                BackupDiagnostics.NotGeoRedundant(vault.Span, vault.Key, vault.StorageRedundancy), waivers, bag);
        }

        if (!vault.CrossRegionRestore)
        {
            Report(vault, "BAK-01", "cross-region restore off",
                BackupDiagnostics.CrossRegionRestoreOff(vault.Span, vault.Key), waivers, bag);
        }

        if (vault.AlertRoles.IsEmpty)
        {
            bag.Add(BackupDiagnostics.NoAlertRoles(vault.Span, vault.Key));
        }
    }

    /// <summary>An error, or a warning that names the waiver when one is in force for the control.</summary>
    private static void Report(BackupVault vault, string control, string setting, Diagnostic error, ActiveWaivers waivers, DiagnosticBag bag) =>
        bag.Add(waivers.For(control) is { } waiver ? BackupDiagnostics.VaultSettingWaived(vault.Span, vault.Key, setting, waiver.Control, waiver.ApprovedBy, waiver.ExpiresOn) : error);

    private static void CheckRetention(BackupPolicy policy, DiagnosticBag bag)
    {
        if (policy.KeepDailyDays < MinDailyDays)
        {
            bag.Add(BackupDiagnostics.RetentionBelowPolicy(policy.Span, policy.Key, "daily", policy.KeepDailyDays, "days", MinDailyDays));
        }

        if (policy.KeepWeeklyWeeks < MinWeeklyWeeks)
        {
            bag.Add(BackupDiagnostics.RetentionBelowPolicy(policy.Span, policy.Key, "weekly", policy.KeepWeeklyWeeks, "weeks", MinWeeklyWeeks));
        }

        if (policy.KeepMonthlyMonths < MinMonthlyMonths)
        {
            bag.Add(BackupDiagnostics.RetentionBelowPolicy(policy.Span, policy.Key, "monthly", policy.KeepMonthlyMonths, "months", MinMonthlyMonths));
        }
    }
}
