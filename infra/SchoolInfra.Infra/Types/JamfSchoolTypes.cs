using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>Jamf-Concepts/jamfschool through terraform-provider, resource-types.md section 5. No profiles or supervision.</summary>
public static class JamfSchoolTypes
{
    public const string Package = "jamfschool";

    public const string DeviceGroup = "jamfschool:index/deviceGroup:DeviceGroup";
    public const string Class = "jamfschool:index/class:Class";
    public const string App = "jamfschool:index/app:App";

    public static ImmutableArray<string> Resources { get; } = [DeviceGroup, Class, App];

    public static ImmutableArray<string> Functions { get; } = [];
}
