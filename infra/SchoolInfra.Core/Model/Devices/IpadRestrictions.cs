using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record IpadRestrictions : ConfigRecord
{
    [Description("Pupils may install apps themselves. Should be false: apps come through Apple School Manager.")]
    public bool PupilAppInstalls { get; init; }

    public bool AirDrop { get; init; }

    public bool VpnCreation { get; init; }

    public bool EraseContentAndSettings { get; init; }

    public bool ExplicitContent { get; init; }
}
