using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record JamfClass : ConfigRecord
{
    [UniqueKey(RefKind.JamfClass)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }
}
