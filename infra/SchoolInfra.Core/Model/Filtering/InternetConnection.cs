using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

public sealed record InternetConnection : ConfigRecord
{
    [UniqueKey(RefKind.FilteringConnection)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required ConnectionKind Kind { get; init; }

    [Description("The backend that filters traffic over this connection.")]
    public required FilteringBackend FilteredBy { get; init; }
}
