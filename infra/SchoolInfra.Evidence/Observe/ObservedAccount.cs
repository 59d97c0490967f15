namespace SchoolInfra.Evidence.Observe;

/// <summary>An emergency account as read from Graph: found or not, enabled, and synced from on-premises or cloud-only.</summary>
public sealed record ObservedAccount(string Key, string UserPrincipalName, string? Id, bool Found, bool AccountEnabled, bool SyncedFromOnPremises);
