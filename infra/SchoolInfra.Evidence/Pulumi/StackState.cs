using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>A stack's saved state: the CLI version that last wrote it and its resources.</summary>
/// <param name="Stack">The stack name from the URNs (or the checkpoint), e.g. <c>oakfield-primary</c>.</param>
/// <param name="CliVersion">The manifest's CLI version, e.g. <c>v3.259.0</c>; empty when the state does not say.</param>
/// <param name="Resources">Every resource, in state order.</param>
public sealed record StackState(string Stack, string CliVersion, ImmutableArray<StateResource> Resources)
{
    /// <summary>The managed resource with this cloud id, if any.</summary>
    public StateResource? WithId(string id) => Resources.FirstOrDefault(r => r.Custom && string.Equals(r.Id, id, StringComparison.Ordinal));
}
