using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-02: at least one copy is out of an attacker's reach (NCSC-BK, DfE-CS CS6): removable media rotated so they
/// are unplugged between runs, or a cloud vault with locked immutability and soft delete kept at least 14 days.
/// Only locked immutability counts: unlocked immutability can still be switched off, while locking is irreversible
/// (Microsoft Learn, "Manage Azure Backup Immutable vault operations"). A NAS or a backup service stays reachable
/// over the network, so marking it offline is not enough.
/// </summary>
public sealed class OfflineCopyRule : BackupRule
{
    public override string Id => "bak-02";

    protected override string MetSummary => "At least one backup is out of reach of ransomware or a stolen admin password.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        var vaults = backups.Vaults.ToDictionary(v => v.Key, StringComparer.Ordinal);
        var offline = new List<string>();
        foreach (var copy in backups.Copies.Where(c => c.Offline))
        {
            var (isOffline, why) = Assess(copy, vaults);
            if (!isOffline)
            {
                finding.Evidence($"The copy \"{copy.Key}\" is marked offline, but {why}.");
            }
            else
            {
                offline.Add(copy.Key);
                finding.Evidence($"The copy \"{copy.Key}\" is out of an attacker's reach: {why}.");
            }
        }

        if (offline.Count == 0)
        {
            finding.NotMet(backups.Span, "No backup copy is out of an attacker's reach: none is unplugged between runs or held in a vault with locked immutability.",
                "Lock immutability on the cloud vault (it cannot be undone), or rotate encrypted drives that are unplugged between runs.", SchoolRole.ItProvider);
        }

        foreach (var vault in backups.Vaults.Where(v => v.Immutability != ImmutabilityState.Locked))
        {
            finding.Evidence($"The vault \"{vault.Key}\" has immutability {ConfigNaming.EnumValue(vault.Immutability)}; the catalogue default is locked for every vault.");
        }

        finding.LiveCheckNotRun("that locked immutability and always-on soft delete are in force on each vault, and who can carry out destructive vault operations");
    }

    /// <summary>Whether the copy counts as offline, and why (or why not) in plain words.</summary>
    private static (bool Offline, string Why) Assess(BackupCopy copy, Dictionary<string, BackupVault> vaults) => copy.Medium switch
    {
        CopyMedium.CloudVault when copy.Vault is null || !vaults.ContainsKey(copy.Vault) => (false, "it names no declared vault"),
        CopyMedium.CloudVault when vaults[copy.Vault] is { Immutability: not ImmutabilityState.Locked } vault =>
            (false, $"its vault's immutability is {ConfigNaming.EnumValue(vault.Immutability)}, which an administrator can switch off"),
        CopyMedium.CloudVault => (true, $"the vault \"{copy.Vault}\" has locked immutability and keeps deleted backups for {vaults[copy.Vault].SoftDeleteDays} days"),
        CopyMedium.RemovableDrive or CopyMedium.Tape when copy.Rotation is { } rotation =>
            (true, $"{rotation.Drives} {Describe(copy.Medium)}s take turns every {rotation.EveryDays} days and are unplugged between runs"),
        CopyMedium.RemovableDrive or CopyMedium.Tape => (false, "no rotation is declared to show it is unplugged between runs"),
        _ => (false, $"a {Describe(copy.Medium)} stays reachable over the network"),
    };
}
