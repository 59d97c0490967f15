using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Backup;

public sealed record DriveRotation : ConfigRecord
{
    [Description("How many drives take turns.")]
    [Range(2, 31)]
    public required int Drives { get; init; }

    [Description("Days between swaps.")]
    [Range(1, 31)]
    public required int EveryDays { get; init; }

    [Description("The role that swaps the drives.")]
    public required SchoolRole By { get; init; }
}
