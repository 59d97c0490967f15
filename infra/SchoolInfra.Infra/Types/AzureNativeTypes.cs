using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>azure-native v3: tokens are already canonical (<c>azure-native:&lt;module&gt;:&lt;Type&gt;</c>), resource-types.md section 2.</summary>
public static class AzureNativeTypes
{
    public const string Package = "azure-native";

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
        DnsResolverDomainList,
        DnsResolverPolicy,
        DnsResolverPolicyVirtualNetworkLink,
        DnsSecurityRule,
    ];

    public static ImmutableArray<string> Functions { get; } = [];
}
