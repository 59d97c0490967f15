using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>
/// deploymenttheory/microsoft365 through the parameterized terraform-provider package. The dynamic bridge maps
/// <c>microsoft365_x_y</c> to <c>microsoft365:index/xY:XY</c> (pulumi-contract.md B.7 item 4).
/// </summary>
public static class Microsoft365Types
{
    public const string Package = "microsoft365";

    public static ImmutableArray<string> Resources { get; } = [];

    public static ImmutableArray<string> Functions { get; } = [];
}
