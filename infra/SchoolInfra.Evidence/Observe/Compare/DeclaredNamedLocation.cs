using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>A named location as declared: its IP ranges (sorted) and whether sign-in rules trust it.</summary>
public sealed record DeclaredNamedLocation(DesiredResource Resource, string DisplayName, ImmutableArray<string> IpRanges, bool Trusted);
