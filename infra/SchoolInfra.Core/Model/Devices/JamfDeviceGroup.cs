using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record JamfDeviceGroup : ConfigRecord
{
    [UniqueKey(RefKind.SmartGroup)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required DeviceAudience Audience { get; init; }

    [Description("Jamf Pro smart group criterion, e.g. Building is Main Site.")]
    public string? Criterion { get; init; }
}
