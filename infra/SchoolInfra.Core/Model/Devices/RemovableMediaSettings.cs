using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>USB storage (DEV-05). Pupils are always blocked; staff follow the school's choice.</summary>
public sealed record RemovableMediaSettings : ConfigRecord
{
    [Description("Pupil devices: blocked. Cannot be changed (DfE cyber standard CS3).")]
    public bool PupilsBlocked { get; init; } = true;

    public StaffRemovableMedia Staff { get; init; } = StaffRemovableMedia.Blocked;

    [Description("With staff: schoolIssuedEncryptedOnly, the hardware ids of the school-issued encrypted drives.")]
    public ImmutableArray<string> SchoolIssuedDeviceIds { get; init; } = [];

    public VisitorMedia Visitors { get; init; } = VisitorMedia.None;
}
