using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>deploymenttheory/jamfpro through terraform-provider, resource-types.md section 4.</summary>
public static class JamfProTypes
{
    public const string Package = "jamfpro";

    public static ImmutableArray<string> Resources { get; } = [];

    public static ImmutableArray<string> Functions { get; } = [];
}
