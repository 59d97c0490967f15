using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record DevicesConfig : ConfigRecord
{
    [Description("Device groups that baselines are assigned to (dynamic Entra device groups).")]
    public required ImmutableArray<DeviceGroup> Groups { get; init; }

    public WindowsBaseline? Windows { get; init; }

    public IpadBaseline? Ipads { get; init; }

    [Description("Apps approved for school devices, with who approved them (DEV-09).")]
    public ImmutableArray<ApprovedApp> ApprovedApps { get; init; } = [];

    public ByodChoices Byod { get; init; } = new();
}
