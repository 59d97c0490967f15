using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>DEV-06: users are standard users; the built-in admin is managed by LAPS.</summary>
public sealed record LocalAdminSettings : ConfigRecord
{
    [Description("Let signed-in users be local administrators. Must stay false for pupils and should for staff.")]
    public bool UsersAreAdmins { get; init; }

    public bool Laps { get; init; } = true;

    [Range(1, 365)]
    public int LapsPasswordAgeDays { get; init; } = 30;
}
