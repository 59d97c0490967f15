using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>Jamf-Concepts/jamfschool through terraform-provider, resource-types.md section 5. No profiles or supervision.</summary>
public static class JamfSchoolTypes
{
    public const string Package = "jamfschool";

    public static ImmutableArray<string> Resources { get; } = [];

    public static ImmutableArray<string> Functions { get; } = [];
}
