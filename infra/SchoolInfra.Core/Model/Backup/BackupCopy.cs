using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Backup;

/// <summary>One backup copy. 3-2-1-1 is counted from these declarations (BAK-01, BAK-02, BAK-07).</summary>
public sealed record BackupCopy : ConfigRecord
{
    [UniqueKey(RefKind.BackupCopy)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required CopyMedium Medium { get; init; }

    [Description("With medium cloudVault: the vault declared under vaults.")]
    [RefersTo(RefKind.BackupVault)]
    public string? Vault { get; init; }

    public required CopyLocation Location { get; init; }

    public required StoragePlace StoragePlace { get; init; }

    [Description("Unplugged between runs (removable drives, tape). A cloud or network copy is never offline: a cloud vault with locked immutability counts as immutable instead.")]
    public bool Offline { get; init; }

    public required bool Encrypted { get; init; }

    [Description("How it is encrypted, e.g. \"BitLocker To Go\" (platform encryption for cloud vaults).")]
    public string? Encryption { get; init; }

    public DriveRotation? Rotation { get; init; }
}
