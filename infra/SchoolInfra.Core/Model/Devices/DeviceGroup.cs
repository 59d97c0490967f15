using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record DeviceGroup : ConfigRecord
{
    [UniqueKey(RefKind.DeviceGroup)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string DisplayName { get; init; }

    public required DeviceAudience Audience { get; init; }

    [Description("Entra dynamic device membership rule, e.g. (device.devicePhysicalIds -any _ -eq \"[OrderID]:PUPIL\").")]
    public required string MembershipRule { get; init; }
}
