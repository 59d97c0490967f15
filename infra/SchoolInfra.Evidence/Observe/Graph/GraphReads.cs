using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>Everything read from Graph in one run, before it becomes a snapshot.</summary>
internal sealed record GraphReads(
    ImmutableArray<ObservedSignInRule> SignInRules,
    ImmutableArray<ObservedNamedLocation> NamedLocations,
    ImmutableArray<ObservedRoleHolder> RoleHolders,
    ImmutableArray<ObservedGroup> Groups,
    ImmutableArray<ObservedPrincipal> Principals,
    ImmutableArray<ObservedAccount> BreakGlassAccounts,
    ImmutableArray<ObservedSignIn> BreakGlassSignIns,
    ImmutableArray<ObservedAuthenticationMethod> AuthenticationMethods,
    ImmutableArray<ObservedDevicePolicy> DevicePolicies,
    ImmutableArray<ObservedFilteringPolicy> FilteringPolicies,
    ImmutableArray<ObservedFilteringProfile> FilteringProfiles);
