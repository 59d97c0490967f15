using System.Collections.Immutable;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Filtering;

/// <summary>
/// An Azure DNS security policy for the school's own Azure virtual networks (resource-types.md 2.4): the profile's
/// allow and block lists as domain lists and rules, and one link per network. It filters only workloads inside the
/// linked networks; categories and safe search are not DNS-list features, so the builder notes them as delegated.
/// </summary>
internal sealed class AzureDnsPolicy(BuildContext context, FilteringConfig filtering)
{
    // Rules are processed by priority, 100-65000, lower first; an allow on a domain wins over a later block on it
    // or its subdomains (Microsoft Learn, "DNS security policy").
    private const long AllowRulePriority = 100;
    private const long BlockRulePriority = 200;

    public void Build()
    {
        if (filtering.AzureDns is not { } dns || filtering.Profiles.FirstOrDefault(p => p.Key == dns.Profile) is not { } profile)
        {
            return;
        }

        var school = context.Config.School;
        const string policy = "dns-policy";
        context.Add(policy, AzureNativeTypes.DnsResolverPolicy, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("location", PulumiValue.Text(school.AzureLocation)),
                ("dnsResolverPolicyName", PulumiValue.Text(dns.PolicyName))),
            dns.Span, $"DNS filtering for the school's Azure networks with the profile \"{profile.Key}\".", ["FIL-01"]);

        AddList(dns, profile.AllowedDomains, "allowed", "Allow", AllowRulePriority, "The profile's allow list for Azure workloads.", ["FIL-10"]);
        AddList(dns, profile.BlockedDomains, "blocked", "Block", BlockRulePriority, "The profile's block list for Azure workloads.", ["FIL-02", "FIL-05"]);

        foreach (var network in dns.VirtualNetworkIds.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var name = NetworkName(network);
            context.Add($"dns-link-{ResourceNames.Part(name)}", AzureNativeTypes.DnsResolverPolicyVirtualNetworkLink, PulumiValue.Map(
                    ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                    ("dnsResolverPolicyName", PulumiValue.Ref(policy, "name")),
                    ("dnsResolverPolicyVirtualNetworkLinkName", PulumiValue.Text(name)),
                    ("location", PulumiValue.Text(school.AzureLocation)),
                    ("virtualNetwork", PulumiValue.Map(("id", PulumiValue.Text(network))))),
                dns.Span, $"Applies the DNS policy to the virtual network \"{name}\".", ["FIL-01"]);
        }
    }

    private void AddList(AzureDnsBackend dns, ImmutableArray<DomainEntry> entries, string kind, string action, long priority,
        string purpose, ImmutableArray<string> controls)
    {
        // A domain list must hold at least one domain, so an empty list is simply not declared.
        if (entries.IsEmpty)
        {
            return;
        }

        var school = context.Config.School;
        var list = $"dns-{kind}-domains";
        context.Add(list, AzureNativeTypes.DnsResolverDomainList, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("location", PulumiValue.Text(school.AzureLocation)),
                ("dnsResolverDomainListName", PulumiValue.Text($"{dns.PolicyName}-{kind}")),
                // Fully qualified, with the trailing dot DNS uses; a rule on a domain covers its subdomains.
                ("domains", PulumiValue.TextList(entries.Select(e => e.Domain.ToLowerInvariant().TrimEnd('.') + ".").Distinct()))),
            dns.Span, purpose, controls);

        context.Add($"dns-{kind}-rule", AzureNativeTypes.DnsSecurityRule, PulumiValue.Map(
                ("resourceGroupName", ResourceGroupBuilder.NameRef()),
                ("dnsResolverPolicyName", PulumiValue.Ref("dns-policy", "name")),
                ("dnsSecurityRuleName", PulumiValue.Text(kind)),
                ("location", PulumiValue.Text(school.AzureLocation)),
                ("priority", PulumiValue.Number(priority)),
                ("action", PulumiValue.Map(
                    ("actionType", PulumiValue.Text(action)),
                    ("blockResponseCode", action == "Block" ? PulumiValue.Text("SERVFAIL") : null))),
                ("dnsResolverDomainLists", PulumiValue.List(PulumiValue.Map(("id", PulumiValue.Ref(list, "id"))))),
                ("dnsSecurityRuleState", PulumiValue.Text("Enabled"))),
            dns.Span, purpose, controls);
    }

    /// <summary>The network's own name: the last segment of its Azure resource id.</summary>
    private static string NetworkName(string resourceId) => resourceId.TrimEnd('/').Split('/')[^1];
}
