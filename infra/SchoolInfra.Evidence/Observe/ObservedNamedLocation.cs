using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>A named location: IP ranges (CIDR, sorted) or countries, and whether it is marked trusted.</summary>
public sealed record ObservedNamedLocation(string Id, string DisplayName, bool IsTrusted, ImmutableArray<string> IpRanges, ImmutableArray<string> Countries);
