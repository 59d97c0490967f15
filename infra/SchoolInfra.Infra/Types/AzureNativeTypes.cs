using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>azure-native v3: tokens are already canonical (<c>azure-native:&lt;module&gt;:&lt;Type&gt;</c>), resource-types.md section 2.</summary>
public static class AzureNativeTypes
{
    public const string Package = "azure-native";

    /// <summary>The school's resource group, shared by backups, logging and Azure DNS filtering.</summary>
    public const string ResourceGroup = "azure-native:resources:ResourceGroup";

    public const string RecoveryServicesVault = "azure-native:recoveryservices:Vault";
    public const string ProtectionPolicy = "azure-native:recoveryservices:ProtectionPolicy";

    /// <summary>v3 moved the alerting resources from <c>insights</c> to <c>monitor</c>; the old tokens are aliases only.</summary>
    public const string ActionGroup = "azure-native:monitor:ActionGroup";
    public const string ScheduledQueryRule = "azure-native:monitor:ScheduledQueryRule";
    public const string SubscriptionDiagnosticSetting = "azure-native:monitor:SubscriptionDiagnosticSetting";

    /// <summary>Routes fired alerts (such as a vault's built-in job-failure alerts) to action groups.</summary>
    public const string AlertProcessingRule = "azure-native:alertsmanagement:AlertProcessingRuleByName";

    public const string LogAnalyticsWorkspace = "azure-native:operationalinsights:Workspace";

    /// <summary>A lock on any scope, here a resource id (see LoggingBuilder for why not the resource-level variant).</summary>
    public const string ManagementLockByScope = "azure-native:authorization:ManagementLockByScope";

    /// <summary>Tenant-scope Entra ID diagnostic setting (sign-in and audit log export).</summary>
    public const string EntraDiagnosticSetting = "azure-native:aadiam:DiagnosticSetting";

    /// <summary>DNS security policy (resource-types.md 2.4; module <c>dnsresolver</c> in v3, default API 2023-07-01-preview).</summary>
    /// <remarks>
    /// Confirmed: the Pulumi registry page for <c>azure-native:dnsresolver:DnsSecurityRule</c> (v3.12.1; other API
    /// versions 2025-05-01 and 2025-10-01-preview), and Microsoft Learn "DNS security policy": rules run by priority
    /// 100-65000, lower first, an allow on a domain covers its subdomains, a domain list needs at least one domain, a
    /// virtual network links to one policy in the same region. Unverified: that domains must carry a trailing dot.
    /// </remarks>
    public const string DnsResolverPolicy = "azure-native:dnsresolver:DnsResolverPolicy";

    public const string DnsResolverDomainList = "azure-native:dnsresolver:DnsResolverDomainList";

    public const string DnsSecurityRule = "azure-native:dnsresolver:DnsSecurityRule";

    public const string DnsResolverPolicyVirtualNetworkLink = "azure-native:dnsresolver:DnsResolverPolicyVirtualNetworkLink";

    public static ImmutableArray<string> Resources { get; } =
    [
        ResourceGroup,
        RecoveryServicesVault,
        ProtectionPolicy,
        ActionGroup,
        AlertProcessingRule,
        LogAnalyticsWorkspace,
        ManagementLockByScope,
        EntraDiagnosticSetting,
        SubscriptionDiagnosticSetting,
        ScheduledQueryRule,
        DnsResolverDomainList,
        DnsResolverPolicy,
        DnsResolverPolicyVirtualNetworkLink,
        DnsSecurityRule,
    ];

    public static ImmutableArray<string> Functions { get; } = [];
}
