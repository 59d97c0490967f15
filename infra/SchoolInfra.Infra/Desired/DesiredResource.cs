using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Infra.Desired;

/// <summary>
/// One resource the school's config asks for: a stable logical name (from config keys, never display names),
/// the Pulumi type token, ordered properties, options, the config span it came from and the controls it serves.
/// </summary>
public sealed record DesiredResource(
    string LogicalName,
    string Type,
    PulumiObject Properties,
    ResourceOptions Options,
    SourceSpan Source,
    ImmutableArray<string> Controls,
    string Purpose)
{
    /// <summary>The package, e.g. <c>azuread</c> from <c>azuread:index/group:Group</c>.</summary>
    public string Package => Type[..Type.IndexOf(':', StringComparison.Ordinal)];
}
