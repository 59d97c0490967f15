using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record DefenderSettings : ConfigRecord
{
    public bool RealTimeProtection { get; init; } = true;

    public bool CloudProtection { get; init; } = true;

    public bool TamperProtection { get; init; } = true;

    public bool BlockPotentiallyUnwantedApps { get; init; } = true;

    [Description("Hours between signature update checks (DEV-02 wants at least daily).")]
    [Range(1, 24)]
    public int SignatureUpdateHours { get; init; } = 4;
}
