using System.Globalization;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Validation;

/// <summary>SI23xx: backup copies, vaults and policies (BAK-01 to BAK-07).</summary>
public static class BackupDiagnostics
{
    public static Diagnostic RuleNotMet(SourceSpan at, int copies, int mediaKinds, int offSite, int protectedCopies, bool countsLiveCopy) => new(
        "SI2301", Severity.Error, at,
        string.Create(CultureInfo.InvariantCulture,
            $"The backups reach {copies} {Plural(copies, "copy", "copies")}{(countsLiveCopy ? " (counting the live data)" : "")}, {mediaKinds} {Plural(mediaKinds, "kind", "kinds")} of storage, {offSite} off site and {protectedCopies} offline or immutable, short of 3-2-1-1 (3 copies, 2 kinds of storage, 1 off site, 1 offline or immutable)."),
        "add copies under schoolinfra:backups copies: for example rotated encrypted drives kept off site and disconnected between runs, or a cloud vault with immutability locked.");

    public static Diagnostic CloudCopyWithoutVault(SourceSpan at, string copy) => new(
        "SI2302", Severity.Error, at, $"The copy \"{copy}\" is a cloud vault copy but does not say which vault.",
        "add vault: with the key of a vault declared under schoolinfra:backups vaults.");

    public static Diagnostic VaultOnOtherCopy(SourceSpan at, string copy, string medium) => new(
        "SI2303", Severity.Error, at, $"The copy \"{copy}\" is stored on {medium} but names a vault.",
        "remove vault:, or set medium: cloudVault if this copy really is the vault.");

    public static Diagnostic StoredAtHome(SourceSpan at, string copy) => new(
        "SI2304", Severity.Error, at, $"The copy \"{copy}\" is kept at someone's home.",
        "keep backup drives in the school safe or at named secure premises off site; the DfE standard forbids taking them home (BAK-07).");

    public static Diagnostic RemovableWithoutRotation(SourceSpan at, string copy) => new(
        "SI2305", Severity.Error, at, $"The removable-drive copy \"{copy}\" does not say how its drives are rotated.",
        "add rotation: with drives, everyDays and by (the role that swaps them).");

    public static Diagnostic RemovableWithoutEncryption(SourceSpan at, string copy) => new(
        "SI2306", Severity.Error, at, $"The removable-drive copy \"{copy}\" does not say how its drives are encrypted.",
        "set encrypted: true and encryption: to the method used, e.g. \"BitLocker To Go\".");

    public static Diagnostic NotEncrypted(SourceSpan at, string copy) => new(
        "SI2307", Severity.Error, at, $"The copy \"{copy}\" is not encrypted.",
        "encrypt it and set encrypted: true with the method under encryption (BAK-07).");

    public static Diagnostic DataSourceNotBackedUp(SourceSpan at, string source) => new(
        "SI2308", Severity.Error, at, $"The data source \"{source}\" is not backed up to any copy.",
        "list the copies that hold it under backedUpTo (BAK-03).");

    public static Diagnostic ImmutabilityNotLocked(SourceSpan at, string vault, ImmutabilityState state) => new(
        "SI2309", Severity.Error, at, $"The vault \"{vault}\" has immutability {ConfigNaming.EnumValue(state)}, so a stolen admin password could delete its backups.",
        "set immutability: locked (this cannot be undone), or record a waiver for BAK-02 under schoolinfra:waivers.");

    public static Diagnostic NotGeoRedundant(SourceSpan at, string vault, StorageRedundancy redundancy) => new(
        "SI2310", Severity.Error, at, $"The vault \"{vault}\" uses {ConfigNaming.EnumValue(redundancy)} storage, which keeps no copy in a second region.",
        "set storageRedundancy: geoRedundant before anything is protected in it, or record a waiver for BAK-01.");

    public static Diagnostic CrossRegionRestoreOff(SourceSpan at, string vault) => new(
        "SI2311", Severity.Error, at, $"The vault \"{vault}\" has cross-region restore turned off.",
        "set crossRegionRestore: true so backups can be restored if the home region is lost, or record a waiver for BAK-01.");

    public static Diagnostic RetentionBelowPolicy(SourceSpan at, string policy, string backups, int kept, string unit, int minimum) => new(
        "SI2312", Severity.Error, at,
        string.Create(CultureInfo.InvariantCulture, $"The backup policy \"{policy}\" keeps {backups} backups for {kept} {unit}; the policy needs at least {minimum}."),
        "keep daily backups 30 days, weekly 12 weeks and monthly 12 months or more (BAK-04).");

    public static Diagnostic VaultSettingWaived(SourceSpan at, string vault, string setting, string control, SchoolRole approvedBy, LocalDate until) => new(
        "SI2313", Severity.Warning, at,
        string.Create(CultureInfo.InvariantCulture,
            $"The vault \"{vault}\" has {setting}, below the backup policy; a waiver for {control} approved by the {ConfigNaming.EnumValue(approvedBy)} allows this until {IsoDate.Format(until)}."),
        "put the setting right before the waiver ends; the report shows the waiver to governors.");

    public static Diagnostic OfflineVaultNotLocked(SourceSpan at, string copy, string vault) => new(
        "SI2314", Severity.Warning, at, $"The copy \"{copy}\" is declared offline, but its vault \"{vault}\" is not locked immutable, so it does not count as offline.",
        "lock the vault's immutability, or remove offline: true from this copy.");

    public static Diagnostic NoAlertRoles(SourceSpan at, string vault) => new(
        "SI2315", Severity.Error, at, $"The vault \"{vault}\" names no roles to tell when a backup fails.",
        "list alertRoles, e.g. [itProvider, businessManager] (BAK-05).");

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
