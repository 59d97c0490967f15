using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>A Global Secure Access security (filtering) profile: state, priority and the policies linked into it.</summary>
public sealed record ObservedFilteringProfile(string Id, string Name, string State, long Priority, ImmutableArray<ObservedPolicyLink> Policies);
