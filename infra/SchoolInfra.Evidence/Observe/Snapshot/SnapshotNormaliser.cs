using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe.Snapshot;

/// <summary>
/// Puts a snapshot in its one canonical order: every set sorted by a stable key (ordinal), every list inside an
/// object sorted, areas in <see cref="ObservedArea"/> order. Two reads of an unchanged tenant then give the same bytes
/// (reference/live-reads.md: compare sets as sets).
/// </summary>
public static class SnapshotNormaliser
{
    private static readonly StringComparer Text = StringComparer.Ordinal;

    public static TenantSnapshot Normalise(TenantSnapshot s) => s with
    {
        Areas = [.. s.Areas.OrderBy(a => a.Area)],
        SignInRules = [.. s.SignInRules.Select(Rule).OrderBy(r => r.DisplayName, Text).ThenBy(r => r.Id, Text)],
        NamedLocations = [.. s.NamedLocations.Select(l => l with { IpRanges = Sorted(l.IpRanges), Countries = Sorted(l.Countries) })
            .OrderBy(l => l.DisplayName, Text).ThenBy(l => l.Id, Text)],
        RoleHolders = [.. s.RoleHolders.OrderBy(r => r.RoleName, Text).ThenBy(r => r.Principal.Label, Text).ThenBy(r => r.Principal.Id, Text).ThenBy(r => r.DirectoryScopeId, Text)],
        Groups = [.. s.Groups.Select(g => g with { Members = Principals(g.Members) }).OrderBy(g => g.DisplayName, Text).ThenBy(g => g.Id, Text)],
        Principals = Principals(s.Principals),
        BreakGlassAccounts = [.. s.BreakGlassAccounts.OrderBy(a => a.Key, Text)],
        BreakGlassSignIns = [.. s.BreakGlassSignIns.OrderBy(i => i.At).ThenBy(i => i.AccountKey, Text).ThenBy(i => i.Application, Text)],
        AuthenticationMethods = [.. s.AuthenticationMethods.Select(m => m with { IncludeTargets = Sorted(m.IncludeTargets) }).OrderBy(m => m.Id, Text)],
        DevicePolicies = [.. s.DevicePolicies.Select(p => p with { AssignedTo = Sorted(p.AssignedTo), ExcludedFrom = Sorted(p.ExcludedFrom) })
            .OrderBy(p => p.Kind).ThenBy(p => p.DisplayName, Text).ThenBy(p => p.Id, Text)],
        FilteringPolicies = [.. s.FilteringPolicies.Select(p => p with
            {
                Rules = [.. p.Rules.Select(r => r with { Destinations = Sorted(r.Destinations) }).OrderBy(r => r.Name, Text).ThenBy(r => r.RuleType, Text)],
            }).OrderBy(p => p.Name, Text).ThenBy(p => p.Id, Text)],
        FilteringProfiles = [.. s.FilteringProfiles.Select(p => p with { Policies = [.. p.Policies.OrderBy(l => l.PolicyId, Text)] })
            .OrderBy(p => p.Priority).ThenBy(p => p.Name, Text).ThenBy(p => p.Id, Text)],
        JamfProfiles = [.. s.JamfProfiles.Select(p => p with { PayloadTypes = Sorted(p.PayloadTypes), ScopeGroups = Sorted(p.ScopeGroups) })
            .OrderBy(p => p.Name, Text).ThenBy(p => p.Id, Text)],
        JamfPrestages = [.. s.JamfPrestages.OrderBy(p => p.DisplayName, Text).ThenBy(p => p.Id, Text)],
    };

    private static ObservedSignInRule Rule(ObservedSignInRule r) => r with
    {
        IncludeUsers = Sorted(r.IncludeUsers),
        ExcludeUsers = Sorted(r.ExcludeUsers),
        IncludeGroups = Sorted(r.IncludeGroups),
        ExcludeGroups = Sorted(r.ExcludeGroups),
        IncludeRoles = Sorted(r.IncludeRoles),
        ExcludeRoles = Sorted(r.ExcludeRoles),
        IncludeApplications = Sorted(r.IncludeApplications),
        ExcludeApplications = Sorted(r.ExcludeApplications),
        ClientAppTypes = Sorted(r.ClientAppTypes),
        IncludeLocations = Sorted(r.IncludeLocations),
        ExcludeLocations = Sorted(r.ExcludeLocations),
        BuiltInControls = Sorted(r.BuiltInControls),
    };

    private static ImmutableArray<ObservedPrincipal> Principals(ImmutableArray<ObservedPrincipal> principals) =>
        [.. principals.DistinctBy(p => p.Id).OrderBy(p => p.Label, Text).ThenBy(p => p.Id, Text)];

    private static ImmutableArray<string> Sorted(ImmutableArray<string> values) =>
        values.IsDefault ? [] : [.. values.Distinct().Order(Text)];
}
