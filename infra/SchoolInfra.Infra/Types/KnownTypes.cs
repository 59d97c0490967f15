using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>
/// Every package and type token the compiler may emit: the checked-in token list. The package-discovery template
/// is made from it, and tests check every emitted resource against it.
/// </summary>
public static class KnownTypes
{
    /// <summary>Terraform plugin version of the base <c>terraform-provider</c> package.</summary>
    public const string TerraformProviderVersion = "1.1.0";

    public static ImmutableArray<PulumiPackage> Packages { get; } =
    [
        new(AzureAdTypes.Package, AzureAdTypes.Resources, AzureAdTypes.Functions),
        new(AzureNativeTypes.Package, AzureNativeTypes.Resources, AzureNativeTypes.Functions),
        new(Microsoft365Types.Package, Microsoft365Types.Resources, Microsoft365Types.Functions,
            "registry.terraform.io/deploymenttheory/microsoft365", "0.57.1-alpha"),
        new(JamfProTypes.Package, JamfProTypes.Resources, JamfProTypes.Functions,
            "registry.terraform.io/deploymenttheory/jamfpro", "0.41.0"),
        new(JamfSchoolTypes.Package, JamfSchoolTypes.Resources, JamfSchoolTypes.Functions,
            "registry.terraform.io/Jamf-Concepts/jamfschool", "0.1.2"),
        new(StdTypes.Package, StdTypes.Resources, StdTypes.Functions),
    ];

    public static ImmutableHashSet<string> Resources { get; } = [.. Packages.SelectMany(p => p.Resources)];

    public static ImmutableHashSet<string> Functions { get; } = [.. Packages.SelectMany(p => p.Functions)];
}
