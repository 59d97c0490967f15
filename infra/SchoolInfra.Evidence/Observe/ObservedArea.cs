namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// One part of the live tenant or Jamf that is read on its own, with its own permission. A failed area is
/// "unknown" (or "partial" when some pages were read), never "absent" (reference/live-reads.md).
/// </summary>
public enum ObservedArea
{
    /// <summary>The tenant itself: its id and verified domains, to be sure the right tenant is read.</summary>
    Tenant,

    /// <summary>Every Conditional Access policy, managed by Pulumi or not.</summary>
    SignInRules,

    NamedLocations,

    /// <summary>Holders of privileged directory roles (IAM-04).</summary>
    PrivilegedRoles,

    /// <summary>The school's groups by name, and the members of administrator groups and of groups holding a privileged role.</summary>
    Groups,

    /// <summary>The names of the users and groups that sign-in rules include or exclude.</summary>
    Principals,

    /// <summary>The emergency accounts themselves: found, enabled, cloud-only.</summary>
    BreakGlassAccounts,

    /// <summary>Recent sign-ins of the emergency accounts (IAM-05).</summary>
    BreakGlassSignIns,

    AuthenticationMethods,

    /// <summary>Intune compliance policies with their assignments.</summary>
    DeviceCompliance,

    /// <summary>Intune settings-catalog policies with their assignments (beta).</summary>
    SettingsCatalog,

    /// <summary>Global Secure Access web filtering policies and security profiles (beta).</summary>
    WebFiltering,

    /// <summary>Jamf Pro mobile device configuration profiles, or Jamf School profiles.</summary>
    JamfProfiles,

    /// <summary>Jamf Pro mobile device PreStage enrolments.</summary>
    JamfPrestages,
}
