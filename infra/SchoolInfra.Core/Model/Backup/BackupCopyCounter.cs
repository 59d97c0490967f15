using System.Collections.Immutable;

namespace SchoolInfra.Core.Model.Backup;

/// <summary>
/// Counts the 3-2-1-1 rule from the declared copies: a pure function of the backup config, so validation, policy
/// rules and reports agree. Counting rules are those of the control catalogue (controls.md section 12): a copy is a
/// declared backup target; a medium is a kind of storage (a third-party backup service is cloud storage like a
/// vault); every cloud copy is off site. "Offline" and "immutable" are kept apart: a copy is offline only when it is
/// a removable drive or tape declared offline (unplugged between runs); a cloud vault copy is immutable when its
/// vault's immutability is locked, and is never offline, because it stays connected. Either protects a copy from
/// ransomware and stolen admin passwords (NCSC backup guidance), so the extra "1" needs one of them.
/// </summary>
public static class BackupCopyCounter
{
    /// <summary>The rule over every declared copy of the school.</summary>
    public static BackupRuleResult Count(BackupConfig backups) => Count(backups.Copies, backups);

    /// <summary>
    /// The rule for one kind of data: only the copies that hold it count (BAK-01 judges 3-2-1 per kind of data, so
    /// four copies of the file server never make up for one copy of the school's mail).
    /// </summary>
    public static BackupRuleResult CountFor(DataSource source, BackupConfig backups) =>
        Count(backups.Copies.Where(c => source.BackedUpTo.Contains(c.Key)), backups);

    /// <summary>Cloud storage, whether an Azure vault or a third-party backup service.</summary>
    public static bool IsCloud(CopyMedium medium) => medium is CopyMedium.CloudVault or CopyMedium.BackupService;

    /// <summary>Unplugged between runs: a removable drive or tape declared offline. A cloud or network copy never is.</summary>
    public static bool IsOffline(BackupCopy copy) => copy.Offline && copy.Medium is CopyMedium.RemovableDrive or CopyMedium.Tape;

    /// <summary>A cloud vault copy whose vault's immutability is locked.</summary>
    public static bool IsImmutable(BackupCopy copy, ImmutableArray<BackupVault> vaults) =>
        copy.Medium == CopyMedium.CloudVault && VaultOf(copy, vaults)?.Immutability == ImmutabilityState.Locked;

    /// <summary>Away from the school site; every cloud copy is.</summary>
    public static bool IsOffSite(BackupCopy copy) => copy.Location == CopyLocation.OffSite || IsCloud(copy.Medium);

    /// <summary>The vault a cloud vault copy names, or null (a missing vault is a validation error, not a crash).</summary>
    public static BackupVault? VaultOf(BackupCopy copy, ImmutableArray<BackupVault> vaults) =>
        copy.Vault is null ? null : vaults.FirstOrDefault(v => v.Key == copy.Vault);

    private static BackupRuleResult Count(IEnumerable<BackupCopy> declared, BackupConfig backups)
    {
        var list = declared.ToList();
        var copies = list.Count + (backups.CountLiveCopy ? 1 : 0);
        var mediaKinds = list.Select(c => MediaKind(c.Medium)).Distinct().Count();
        var offSite = list.Count(IsOffSite);
        var offline = list.Count(IsOffline);
        var immutable = list.Count(c => IsImmutable(c, backups.Vaults));
        var protectedCopies = list
            .Where(c => IsOffline(c) || IsImmutable(c, backups.Vaults))
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

        if (protectedCopies.Length < BackupRuleResult.RequiredProtected)
        {
            shortfalls.Add(BackupShortfall.NoProtectedCopy);
        }

        return new BackupRuleResult(copies, mediaKinds, offSite, offline, immutable, backups.CountLiveCopy, protectedCopies, shortfalls.ToImmutable());
    }

    /// <summary>The kind of storage: both kinds of cloud count as one medium.</summary>
    private static CopyMedium MediaKind(CopyMedium medium) => IsCloud(medium) ? CopyMedium.CloudVault : medium;
}
