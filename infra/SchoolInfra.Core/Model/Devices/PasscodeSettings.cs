using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record PasscodeSettings : ConfigRecord
{
    [Range(4, 16)]
    public int MinLength { get; init; } = 6;

    [Range(1, 15)]
    public int MaxInactivityMinutes { get; init; } = 5;

    [Range(2, 10)]
    public int MaxFailedAttempts { get; init; } = 10;
}
