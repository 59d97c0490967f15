using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>azure-native v3: tokens are already canonical (<c>azure-native:&lt;module&gt;:&lt;Type&gt;</c>), resource-types.md section 2.</summary>
public static class AzureNativeTypes
{
    public const string Package = "azure-native";

    /// <summary>DNS security policy (resource-types.md 2.4; module <c>dnsresolver</c> in v3, default API 2023-07-01-preview).</summary>
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
