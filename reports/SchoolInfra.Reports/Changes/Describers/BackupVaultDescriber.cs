using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>
/// Cloud vaults and their backup policies. Locking immutability is one-way in Azure (a locked vault cannot be
/// unlocked), so the summary says so before it is first applied (controls.md BAK-02).
/// </summary>
internal static class BackupVaultDescriber
{
    private const ChangeArea Area = ChangeArea.Backups;

    public static void Describe(BackupConfig b, BackupConfig a, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Vaults, a.Vaults, v => v.Key);
        foreach (var vault in added)
        {
            if (vault.Immutability == ImmutabilityState.Locked)
            {
                changes.Add(Area, $"Adds the backup vault \"{vault.Name}\" with immutability locked. Once applied this cannot be undone: nobody can delete its backups early.",
                    ["BAK-01", "BAK-02"], RiskFlag.ImmutabilityChanged);
            }
            else
            {
                changes.Add(Area, $"Adds the backup vault \"{vault.Name}\" with immutability {PlainNames.Of(vault.Immutability)}.", ["BAK-01", "BAK-02"]);
            }
        }

        foreach (var vault in removed)
        {
            changes.Add(Area, $"Removes the backup vault \"{vault.Name}\".", ["BAK-01", "BAK-02"], RiskFlag.BackupWeakened);
        }

        foreach (var (old, now) in kept)
        {
            DescribeVault(old, now, changes);
        }

        DescribePolicies(b, a, changes);
    }

    private static void DescribeVault(BackupVault old, BackupVault now, ChangeList changes)
    {
        var name = $"\"{now.Name}\"";
        if (old.Immutability != now.Immutability)
        {
            var text = (old.Immutability, now.Immutability) switch
            {
                (_, ImmutabilityState.Locked) => $"Locks immutability on the vault {name}. Once applied this cannot be undone: nobody can delete its backups early.",
                (ImmutabilityState.Locked, _) => $"Tries to unlock immutability on the vault {name}. Azure does not allow this once it is locked.",
                _ => $"Sets immutability on the vault {name} to {PlainNames.Of(now.Immutability)} (was {PlainNames.Of(old.Immutability)}).",
            };
            changes.Add(Area, text, ["BAK-02"], RiskFlag.ImmutabilityChanged);
        }

        if (old.StorageRedundancy != now.StorageRedundancy)
        {
            changes.Add(Area, $"Keeps the vault {name} in {PlainNames.Of(now.StorageRedundancy)} (was {PlainNames.Of(old.StorageRedundancy)}).",
                ["BAK-01"], now.StorageRedundancy < old.StorageRedundancy ? [RiskFlag.BackupWeakened] : []);
        }

        if (old.CrossRegionRestore != now.CrossRegionRestore)
        {
            changes.Add(Area, now.CrossRegionRestore
                    ? $"Lets the vault {name} be restored in a second region."
                    : $"The vault {name} can no longer be restored in a second region.",
                ["BAK-01"], now.CrossRegionRestore ? [] : [RiskFlag.BackupWeakened]);
        }

        if (old.SoftDeleteDays != now.SoftDeleteDays)
        {
            changes.Add(Area, $"Keeps deleted backups in the vault {name} for {now.SoftDeleteDays} days (was {old.SoftDeleteDays}).",
                ["BAK-02"], now.SoftDeleteDays < old.SoftDeleteDays ? [RiskFlag.BackupRetentionCut] : []);
        }

        var (told, untold) = KeyedPairs.Sets(old.AlertRoles, now.AlertRoles);
        if (told.Count + untold.Count > 0 || old.AlertEmail != now.AlertEmail)
        {
            changes.Add(Area, $"Failed-backup alerts from the vault {name} will go to {EnglishList.Join(now.AlertRoles.Select(RoleNames.InSentence))}.",
                ["BAK-05"], untold.Count > 0 ? [RiskFlag.LoggingReduced] : []);
        }
    }

    private static void DescribePolicies(BackupConfig b, BackupConfig a, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Policies, a.Policies, p => p.Key);
        foreach (var policy in added)
        {
            changes.Add(Area, $"Adds a daily backup at {policy.DailyAt}, kept for {policy.KeepDailyDays} days, {policy.KeepWeeklyWeeks} weeks and {policy.KeepMonthlyMonths} months.", ["BAK-04"]);
        }

        foreach (var policy in removed)
        {
            changes.Add(Area, $"Removes the daily backup that ran at {policy.DailyAt}.", ["BAK-04"], RiskFlag.BackupRetentionCut);
        }

        foreach (var (old, now) in kept)
        {
            Retention(changes, "daily", "days", old.KeepDailyDays, now.KeepDailyDays);
            Retention(changes, "weekly", "weeks", old.KeepWeeklyWeeks, now.KeepWeeklyWeeks);
            Retention(changes, "monthly", "months", old.KeepMonthlyMonths, now.KeepMonthlyMonths);
            Retention(changes, "yearly", "years", old.KeepYearlyYears, now.KeepYearlyYears);
            if (old.DailyAt != now.DailyAt)
            {
                changes.Add(Area, $"Moves the daily backup from {old.DailyAt} to {now.DailyAt}.", ["BAK-04"]);
            }
        }
    }

    private static void Retention(ChangeList changes, string kind, string unit, int was, int now)
    {
        if (was == now)
        {
            return;
        }

        var cut = now < was;
        changes.Add(Area, cut
                ? $"Cuts how long {kind} backups are kept from {was} to {now} {unit}."
                : $"Keeps {kind} backups for {now} {unit} (was {was}).",
            ["BAK-04"], cut ? [RiskFlag.BackupRetentionCut] : []);
    }
}
