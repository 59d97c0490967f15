namespace SchoolInfra.Evidence.Observe;

/// <summary>Each area in plain words (for messages and progress) and the read-only permission it needs.</summary>
public static class AreaWords
{
    public static string Of(ObservedArea area) => area switch
    {
        ObservedArea.Tenant => "the tenant's details",
        ObservedArea.SignInRules => "sign-in rules",
        ObservedArea.NamedLocations => "named locations",
        ObservedArea.PrivilegedRoles => "administrator role holders",
        ObservedArea.Groups => "groups and administrator group members",
        ObservedArea.Principals => "names of the people and groups in sign-in rules",
        ObservedArea.BreakGlassAccounts => "emergency accounts",
        ObservedArea.BreakGlassSignIns => "emergency account sign-ins",
        ObservedArea.AuthenticationMethods => "allowed sign-in methods",
        ObservedArea.DeviceCompliance => "Intune compliance policies",
        ObservedArea.SettingsCatalog => "Intune settings-catalog policies",
        ObservedArea.WebFiltering => "web filtering policies and profiles",
        ObservedArea.JamfProfiles => "Jamf configuration profiles",
        ObservedArea.JamfPrestages => "Jamf PreStage enrolments",
        _ => area.ToString(),
    };

    /// <summary>The least read-only permission (Graph application permission, or Jamf privilege) the area needs.</summary>
    public static string Permission(ObservedArea area) => area switch
    {
        ObservedArea.Tenant => "Organization.Read.All",
        ObservedArea.SignInRules or ObservedArea.NamedLocations or ObservedArea.AuthenticationMethods => "Policy.Read.All",
        ObservedArea.PrivilegedRoles => "RoleManagement.Read.Directory",
        ObservedArea.Groups => "GroupMember.Read.All",
        ObservedArea.Principals or ObservedArea.BreakGlassAccounts => "User.Read.All",
        ObservedArea.BreakGlassSignIns => "AuditLog.Read.All",
        ObservedArea.DeviceCompliance or ObservedArea.SettingsCatalog => "DeviceManagementConfiguration.Read.All",
        ObservedArea.WebFiltering => "NetworkAccess.Read.All",
        ObservedArea.JamfProfiles => "Jamf: Read Mobile Device Configuration Profiles",
        ObservedArea.JamfPrestages => "Jamf: Read Mobile Device PreStage Enrollments",
        _ => "a read permission",
    };
}
