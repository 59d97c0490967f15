namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// A user, group or service principal the tenant refers to. <see cref="UserPrincipalName"/> is kept only for accounts
/// that hold or may hold administrator rights, the emergency accounts and accounts a sign-in rule names; never pupils.
/// </summary>
public sealed record ObservedPrincipal(string Id, PrincipalKind Kind, string DisplayName, string? UserPrincipalName = null)
{
    /// <summary>How a person reads it: the account name for users, the display name otherwise.</summary>
    public string Label => UserPrincipalName ?? DisplayName;
}
