using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>One rule of a web filtering policy: FQDNs or web categories (sorted).</summary>
public sealed record ObservedFilteringRule(string Name, string RuleType, ImmutableArray<string> Destinations);
