using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>azure-native v3: tokens are already canonical (<c>azure-native:&lt;module&gt;:&lt;Type&gt;</c>), resource-types.md section 2.</summary>
public static class AzureNativeTypes
{
    public const string Package = "azure-native";

    public static ImmutableArray<string> Resources { get; } = [];

    public static ImmutableArray<string> Functions { get; } = [];
}
