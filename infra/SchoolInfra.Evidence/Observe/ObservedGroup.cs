using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// A group found in the tenant: one of the school's groups by name (<see cref="Key"/> is its declared key), or a group
/// that holds a privileged role. <see cref="Members"/> (transitive) are read only for administrator groups and
/// groups holding a role; <see cref="MembersRead"/> says whether they were.
/// </summary>
public sealed record ObservedGroup(string Id, string DisplayName, string? Key, bool MembersRead, ImmutableArray<ObservedPrincipal> Members);
