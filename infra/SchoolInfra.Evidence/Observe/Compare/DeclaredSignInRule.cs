using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// A sign-in (Conditional Access) rule as the stack file declares it, with its references resolved: excluded users
/// as account names (the emergency accounts), groups as the school's group keys, and the authentication strength as
/// the id Graph reports (<c>00000000-0000-0000-0000-000000000004</c>, without the <c>/policies/...</c> path).
/// </summary>
public sealed record DeclaredSignInRule(
    DesiredResource Resource,
    string DisplayName,
    string State,
    ImmutableArray<string> IncludedUsers,
    ImmutableArray<string> ExcludedUsers,
    ImmutableArray<string> IncludedGroups,
    ImmutableArray<string> ExcludedGroups,
    ImmutableArray<string> BuiltInControls,
    string? AuthenticationStrengthId = null);
