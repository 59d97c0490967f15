using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>iPad baseline (DEV-01, DEV-10, PWD-03). Jamf School cannot deploy profiles: those become checks.</summary>
public sealed record IpadBaseline : ConfigRecord
{
    public required JamfProduct ManagedBy { get; init; }

    public PasscodeSettings Passcode { get; init; } = new();

    public IpadRestrictions Restrictions { get; init; } = new();

    [Description("Enrol through Apple School Manager (ADE), supervised, with an MDM profile that cannot be removed.")]
    public bool Supervised { get; init; } = true;

    [Description("Install iPadOS updates within this many days of release (DEV-07).")]
    [Range(1, 30)]
    public int OsUpdateWithinDays { get; init; } = 14;

    [Description("Jamf Pro smart groups, or Jamf School device groups.")]
    public required ImmutableArray<JamfDeviceGroup> DeviceGroups { get; init; }

    [Description("Jamf School only: classes.")]
    public ImmutableArray<JamfClass> Classes { get; init; } = [];

    [Description("Apps from Apple School Manager deployed to the iPads.")]
    public ImmutableArray<IpadApp> Apps { get; init; } = [];

    [Description("Jamf Pro PreStage: the ADE instance id in Jamf Pro.")]
    public string? AdeInstanceId { get; init; }
}
