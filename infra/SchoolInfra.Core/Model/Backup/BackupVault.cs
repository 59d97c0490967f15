using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Backup;

/// <summary>An Azure Recovery Services vault: off-site, immutable, soft delete always on (BAK-02).</summary>
public sealed record BackupVault : ConfigRecord
{
    [UniqueKey(RefKind.BackupVault)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    [Format(ValueFormat.AzureName)]
    [StringLength(50, MinimumLength = 2)]
    public required string Name { get; init; }

    public StorageRedundancy StorageRedundancy { get; init; } = StorageRedundancy.GeoRedundant;

    public bool CrossRegionRestore { get; init; } = true;

    [Description("Locked immutability cannot be undone: the change summary warns before it is first applied.")]
    public ImmutabilityState Immutability { get; init; } = ImmutabilityState.Locked;

    [Range(14, 180)]
    public int SoftDeleteDays { get; init; } = 14;

    [Description("Roles told at once when a backup job fails (BAK-05).")]
    public required ImmutableArray<SchoolRole> AlertRoles { get; init; }

    [Description("Service desk address that receives failure alerts.")]
    [Format(ValueFormat.Email)]
    public required string AlertEmail { get; init; }
}
