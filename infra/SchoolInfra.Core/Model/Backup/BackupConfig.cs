using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Backup;

public sealed record BackupConfig : ConfigRecord
{
    [Description("Count the live data as one of the three copies (the common 3-2-1 reading). Default: no, as DfE counts backup copies.")]
    public bool CountLiveCopy { get; init; }

    [Description("What must be backed up (BAK-03).")]
    public required ImmutableArray<DataSource> DataSources { get; init; }

    public ImmutableArray<BackupVault> Vaults { get; init; } = [];

    public ImmutableArray<BackupPolicy> Policies { get; init; } = [];

    [Description("Every backup copy: cloud vaults, NAS, rotated drives. The 3-2-1-1 rule is counted from these.")]
    public required ImmutableArray<BackupCopy> Copies { get; init; }
}
