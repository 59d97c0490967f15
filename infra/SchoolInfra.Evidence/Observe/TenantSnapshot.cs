using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// What was read from the live tenant and Jamf at one time: versioned, with the completeness of every area. Sets are
/// sorted and fields that change on every read are left out, so two reads of an unchanged tenant are byte-identical
/// files. Holds no token or secret.
/// </summary>
public sealed record TenantSnapshot
{
    /// <summary>The snapshot format this code reads and writes; any other version is an error (SI4111), never a guess.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The SchoolInfra version that read it.</summary>
    public required string ToolVersion { get; init; }

    public required Instant ReadAt { get; init; }

    /// <summary>The school's stack name.</summary>
    public required string Stack { get; init; }

    /// <summary>The tenant's id as Graph reported it (null when the tenant area could not be read).</summary>
    public string? TenantId { get; init; }

    /// <summary>The tenant domain declared in the stack file, which the tenant's verified domains must include.</summary>
    public required string TenantDomain { get; init; }

    /// <summary>One entry per area, in <see cref="ObservedArea"/> order.</summary>
    public required ImmutableArray<AreaRead> Areas { get; init; }

    public ImmutableArray<ObservedSignInRule> SignInRules { get; init; } = [];

    public ImmutableArray<ObservedNamedLocation> NamedLocations { get; init; } = [];

    public ImmutableArray<ObservedRoleHolder> RoleHolders { get; init; } = [];

    public ImmutableArray<ObservedGroup> Groups { get; init; } = [];

    /// <summary>Names of the users and groups the sign-in rules refer to, by id.</summary>
    public ImmutableArray<ObservedPrincipal> Principals { get; init; } = [];

    public ImmutableArray<ObservedAccount> BreakGlassAccounts { get; init; } = [];

    public ImmutableArray<ObservedSignIn> BreakGlassSignIns { get; init; } = [];

    public ImmutableArray<ObservedAuthenticationMethod> AuthenticationMethods { get; init; } = [];

    public ImmutableArray<ObservedDevicePolicy> DevicePolicies { get; init; } = [];

    public ImmutableArray<ObservedFilteringPolicy> FilteringPolicies { get; init; } = [];

    public ImmutableArray<ObservedFilteringProfile> FilteringProfiles { get; init; } = [];

    public ImmutableArray<ObservedJamfProfile> JamfProfiles { get; init; } = [];

    public ImmutableArray<ObservedJamfPrestage> JamfPrestages { get; init; } = [];

    /// <summary>How an area was read; an area missing from the file counts as unknown.</summary>
    public AreaRead Area(ObservedArea area) =>
        Areas.FirstOrDefault(a => a.Area == area) ?? new AreaRead(area, ReadState.Unknown, 0, "This area is not in the snapshot.");

    public bool IsComplete(ObservedArea area) => Area(area).IsComplete;

    /// <summary>A principal's readable name by id, or the id itself when its name was not read.</summary>
    public string NameOf(string id) =>
        Principals.FirstOrDefault(p => p.Id == id)?.Label
        ?? Groups.FirstOrDefault(g => g.Id == id)?.DisplayName
        ?? id;
}
