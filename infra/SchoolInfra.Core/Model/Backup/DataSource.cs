using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Backup;

public sealed record DataSource : ConfigRecord
{
    [UniqueKey(RefKind.DataSource)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required DataSourceKind Kind { get; init; }

    [Description("The copies that hold this data.")]
    [RefersTo(RefKind.BackupCopy)]
    public required ImmutableArray<string> BackedUpTo { get; init; }
}
