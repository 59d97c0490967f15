using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>Intune baseline for Windows laptops and desktops (DEV-01..08).</summary>
public sealed record WindowsBaseline : ConfigRecord
{
    [Description("BitLocker on every device, recovery keys escrowed to Entra ID.")]
    public bool Bitlocker { get; init; } = true;

    [Range(1, 60)]
    public int ScreenLockMinutes { get; init; } = 10;

    [Range(4, 64)]
    public int MinPinLength { get; init; } = 6;

    [Range(3, 10)]
    public int MaxFailedSignIns { get; init; } = 10;

    public DefenderSettings Defender { get; init; } = new();

    [Description("Windows Firewall on for domain, private and public profiles.")]
    public bool Firewall { get; init; } = true;

    public RemovableMediaSettings RemovableMedia { get; init; } = new();

    public LocalAdminSettings LocalAdmin { get; init; } = new();

    public required ImmutableArray<UpdateRing> UpdateRings { get; init; }

    [Description("Lowest Windows version allowed to reach school data, e.g. 10.0.22631.")]
    [Format(ValueFormat.Version)]
    public required string MinOsVersion { get; init; }

    [Description("Remediation and custom-compliance PowerShell scripts kept in the school folder.")]
    public ImmutableArray<BaselineScript> Scripts { get; init; } = [];

    [Description("PowerShell commands that scripts must not use (added to the built-in banned list).")]
    public ImmutableArray<string> BannedCommands { get; init; } = [];
}
