using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// A Conditional Access policy as read from Graph (<c>GET /identity/conditionalAccess/policies</c>), reduced to what
/// the controls judge. <see cref="State"/> keeps report-only as a state of its own: it enforces nothing. Creation and
/// modification times are not kept (they change the snapshot on every edit without changing what the rule does).
/// </summary>
public sealed record ObservedSignInRule(
    string Id,
    string DisplayName,
    SignInRuleState State,
    ImmutableArray<string> IncludeUsers,
    ImmutableArray<string> ExcludeUsers,
    ImmutableArray<string> IncludeGroups,
    ImmutableArray<string> ExcludeGroups,
    ImmutableArray<string> IncludeRoles,
    ImmutableArray<string> ExcludeRoles,
    ImmutableArray<string> IncludeApplications,
    ImmutableArray<string> ExcludeApplications,
    ImmutableArray<string> ClientAppTypes,
    ImmutableArray<string> IncludeLocations,
    ImmutableArray<string> ExcludeLocations,
    string? GrantOperator,
    ImmutableArray<string> BuiltInControls,
    string? AuthenticationStrengthId,
    string? FilteringProfileId)
{
    public bool IsEnforced => State == SignInRuleState.Enabled;

    /// <summary>Asks for MFA: the built-in mfa control or an authentication strength.</summary>
    public bool RequiresMfa => BuiltInControls.Contains("mfa") || AuthenticationStrengthId is not null;

    public bool Blocks => BuiltInControls.Contains("block");

    public bool AllApplications => IncludeApplications.Contains("All");

    public bool AllUsers => IncludeUsers.Contains("All");
}
