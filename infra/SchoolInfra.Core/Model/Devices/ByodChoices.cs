using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record ByodChoices : ConfigRecord
{
    public ByodNetwork Network { get; init; } = ByodNetwork.None;

    public ByodStaffAccess Staff { get; init; } = ByodStaffAccess.None;
}
