using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// A sign-in (Conditional Access) rule as the stack file declares it, with its references resolved: excluded users
/// as account names (the emergency accounts), groups as the school's group keys.
/// </summary>
public sealed record DeclaredSignInRule(
    DesiredResource Resource,
    string DisplayName,
    string State,
    ImmutableArray<string> IncludedUsers,
    ImmutableArray<string> ExcludedUsers,
    ImmutableArray<string> IncludedGroups,
    ImmutableArray<string> ExcludedGroups,
    ImmutableArray<string> BuiltInControls);
