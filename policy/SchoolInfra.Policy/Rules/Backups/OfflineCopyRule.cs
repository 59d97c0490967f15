using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-02: every kind of data has at least one copy out of an attacker's reach (NCSC-BK, DfE-CS CS6). "Offline" and
/// "immutable" are kept apart, as the counter keeps them (<see cref="BackupCopyCounter"/>): a copy is offline when it
/// is a removable drive or tape unplugged between runs (a rotation shows it); it is immutable when it sits in a
/// cloud vault whose immutability is locked, with soft delete. Either protects it. Only locked immutability counts:
/// unlocked immutability can still be switched off, while locking is irreversible (Microsoft Learn, "Manage Azure
/// Backup Immutable vault operations"). A NAS or a backup service stays reachable over the network, and a cloud copy
/// is never offline, whatever its declaration says.
/// </summary>
public sealed class OfflineCopyRule : BackupRule
{
    public override string Id => "bak-02";

    protected override string MetSummary => "Every kind of data has a backup that ransomware or a stolen admin password cannot reach: offline or immutable.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        var protectedCopies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var copy in backups.Copies)
        {
            var (isProtected, why) = Assess(copy, backups);
            if (isProtected)
            {
                protectedCopies.Add(copy.Key);
            }

            if (isProtected || copy.Offline || copy.Medium == CopyMedium.CloudVault)
            {
                finding.Evidence($"\"{copy.Name}\" {why}.");
            }
        }

        if (backups.DataSources.IsEmpty && protectedCopies.Count == 0)
        {
            finding.NotMet("noProtectedCopy", backups.Span, "No backup copy is offline or immutable, so ransomware or a stolen admin password could reach every copy.",
                "Lock immutability on the cloud vault (it cannot be undone), or rotate encrypted drives that are unplugged between runs.", SchoolRole.ItProvider);
        }

        foreach (var source in backups.DataSources.Where(s => !s.BackedUpTo.Any(protectedCopies.Contains)))
        {
            finding.NotMet("noProtectedCopy", source.Span, $"{source.Name} has no backup copy that is offline or immutable, so ransomware or a stolen admin password could reach every copy of it.",
                "Keep one copy of this data in a vault with locked immutability, or on encrypted drives unplugged between runs.", SchoolRole.ItProvider);
        }

        foreach (var vault in backups.Vaults.Where(v => v.Immutability != ImmutabilityState.Locked))
        {
            finding.Evidence($"The vault of {VaultName(vault, backups)} has immutability {ConfigNaming.EnumValue(vault.Immutability)}; the catalogue default is locked for every vault.");
        }

        finding.LiveCheckNotRun("that locked immutability and always-on soft delete are in force on each vault, and who can carry out destructive vault operations");
    }

    /// <summary>Whether the copy is offline or immutable, and why (or why not) in plain words.</summary>
    private static (bool Protected, string Why) Assess(BackupCopy copy, BackupConfig backups)
    {
        if (copy.Medium == CopyMedium.CloudVault)
        {
            var vault = BackupCopyCounter.VaultOf(copy, backups.Vaults);
            var declared = copy.Offline ? "is declared offline, but a cloud vault stays connected, so it is never offline; it " : string.Empty;
            return vault switch
            {
                null => (false, declared + "names no declared vault"),
                { Immutability: ImmutabilityState.Locked } => (true, $"{declared}is immutable: its vault has locked immutability and keeps deleted backups for {vault.SoftDeleteDays} days"),
                _ => (false, $"{declared}is not immutable: its vault's immutability is {ConfigNaming.EnumValue(vault.Immutability)}, which an administrator can switch off"),
            };
        }

        if (!BackupCopyCounter.IsOffline(copy))
        {
            return (false, $"is declared offline, but a {Describe(copy.Medium)} stays reachable over the network");
        }

        return copy.Rotation is { } rotation
            ? (true, $"is offline: {rotation.Drives} {Describe(copy.Medium)}s take turns every {rotation.EveryDays} days and are unplugged between runs")
            : (false, "is declared offline, but no rotation is declared to show it is unplugged between runs");
    }
}
