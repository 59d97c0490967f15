using System.Collections.Immutable;

namespace SchoolInfra.Infra.Desired;

/// <summary>The Pulumi resource options we use (reference/pulumi-contract.md B.3).</summary>
public sealed record ResourceOptions
{
    public static ResourceOptions None { get; } = new();

    /// <summary>Blocks deletion: vaults, sign-in policies, emergency-account exclusions.</summary>
    public bool Protect { get; init; }

    /// <summary>Logical names of resources this one must wait for.</summary>
    public ImmutableArray<string> DependsOn { get; init; } = [];

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public bool RetainOnDelete { get; init; }

    public bool IsEmpty => !Protect && DependsOn.IsEmpty && IgnoreChanges.IsEmpty && !RetainOnDelete;
}
