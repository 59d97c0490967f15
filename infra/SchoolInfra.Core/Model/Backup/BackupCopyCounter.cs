using System.Collections.Immutable;

namespace SchoolInfra.Core.Model.Backup;

/// <summary>
/// Counts the 3-2-1-1 rule from the declared copies: a pure function of the backup config, so validation, policy
/// rules and reports agree. Counting rules are those of the control catalogue (controls.md section 12): a copy is a
/// declared backup target; a medium is a kind of storage (a third-party backup service is cloud storage like a
/// vault); every cloud copy is off site; a cloud vault copy is offline only when its vault's immutability is
/// locked (soft delete is always on), other copies when they are declared offline (disconnected between runs).
/// </summary>
public static class BackupCopyCounter
{
    public static BackupRuleResult Count(BackupConfig backups)
    {
        var copies = backups.Copies.Length + (backups.CountLiveCopy ? 1 : 0);
        var mediaKinds = backups.Copies.Select(c => MediaKind(c.Medium)).Distinct().Count();
        var offSite = backups.Copies.Count(IsOffSite);
        var immutable = backups.Copies.Where(c => IsImmutable(c, backups.Vaults)).Select(c => c.Key).ToList();
        var offline = backups.Copies
            .Where(c => c.Medium == CopyMedium.CloudVault ? IsImmutable(c, backups.Vaults) : c.Offline)
            .Select(c => c.Key)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

        var shortfalls = ImmutableArray.CreateBuilder<BackupShortfall>();
        if (copies < BackupRuleResult.RequiredCopies)
        {
            shortfalls.Add(BackupShortfall.TooFewCopies);
        }

        if (mediaKinds < BackupRuleResult.RequiredMediaKinds)
        {
            shortfalls.Add(BackupShortfall.TooFewMediaKinds);
        }

        if (offSite < BackupRuleResult.RequiredOffSite)
        {
            shortfalls.Add(BackupShortfall.NoOffSiteCopy);
        }

        if (offline.Length < BackupRuleResult.RequiredOffline)
        {
            shortfalls.Add(BackupShortfall.NoOfflineCopy);
        }

        return new BackupRuleResult(copies, mediaKinds, offSite, offline.Length, immutable.Count, backups.CountLiveCopy,
            offline, shortfalls.ToImmutable());
    }

    /// <summary>Cloud storage, whether an Azure vault or a third-party backup service.</summary>
    public static bool IsCloud(CopyMedium medium) => medium is CopyMedium.CloudVault or CopyMedium.BackupService;

    /// <summary>The vault a cloud vault copy names, or null (a missing vault is a validation error, not a crash).</summary>
    public static BackupVault? VaultOf(BackupCopy copy, ImmutableArray<BackupVault> vaults) =>
        copy.Vault is null ? null : vaults.FirstOrDefault(v => v.Key == copy.Vault);

    private static bool IsOffSite(BackupCopy copy) => copy.Location == CopyLocation.OffSite || IsCloud(copy.Medium);

    private static bool IsImmutable(BackupCopy copy, ImmutableArray<BackupVault> vaults) =>
        copy.Medium == CopyMedium.CloudVault && VaultOf(copy, vaults)?.Immutability == ImmutabilityState.Locked;

    /// <summary>The kind of storage: both kinds of cloud count as one medium.</summary>
    private static CopyMedium MediaKind(CopyMedium medium) => IsCloud(medium) ? CopyMedium.CloudVault : medium;
}
