using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>A Global Secure Access web filtering policy: its default action and its rules.</summary>
public sealed record ObservedFilteringPolicy(string Id, string Name, string Action, ImmutableArray<ObservedFilteringRule> Rules);
