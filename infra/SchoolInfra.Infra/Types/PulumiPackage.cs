using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>
/// A Pulumi package the template may use. Parameterized Terraform providers also carry the registry address and
/// version that <c>pulumi package add terraform-provider</c> takes (pulumi-contract.md B.7).
/// </summary>
public sealed record PulumiPackage(string Name, ImmutableArray<string> Resources, ImmutableArray<string> Functions,
    string? TerraformSource = null, string? TerraformVersion = null)
{
    public bool IsTerraformBridged => TerraformSource is not null;
}
