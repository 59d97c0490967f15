using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-01: every group of people maps to exactly one profile, every profile is enforced by a declared backend that
/// reaches people's devices, and every declared connection and Azure network is linked to a filter (DfE-FM FM3).
/// </summary>
public sealed class EveryoneFilteredRule : FilteringRule
{
    public override string Id => "fil-01";

    protected override string MetSummary => "Every group and every declared connection goes through the web filter.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var mapped = 0;
        foreach (var group in view.PeopleGroups)
        {
            var profiles = view.ProfilesOf(group.Key);
            if (profiles.Count == 0)
            {
                finding.NotMet("groupUnfiltered", group.Span, $"The group \"{group.Key}\" is not in any filtering profile.",
                    $"Add \"{group.Key}\" to the filtering profile that fits it.", SchoolRole.ItProvider);
            }
            else if (profiles.Count > 1)
            {
                finding.NotMet("groupInManyProfiles", profiles[1].Span, $"The group \"{group.Key}\" is in {profiles.Count} filtering profiles ({Names(profiles.Select(p => p.Key))}); it must be in exactly one.",
                    $"Keep \"{group.Key}\" in one profile only.", SchoolRole.ItProvider);
            }
            else
            {
                mapped++;
            }
        }

        finding.Evidence($"{Count(mapped, "group maps", "groups map")} to exactly one filtering profile.");
        foreach (var profile in view.Profiles)
        {
            CheckProfile(view, profile, finding);
        }

        foreach (var connection in view.Filtering.Connections)
        {
            var by = FilteringView.Describe(connection.FilteredBy);
            if (!view.IsDeclared(connection.FilteredBy))
            {
                finding.NotMet("connectionBackendMissing", connection.Span, $"The connection \"{connection.Key}\" is filtered by {by}, which is not declared.",
                    "Declare that backend, or name the one that really filters this connection.", SchoolRole.ItProvider);
            }
            else if (connection.FilteredBy == FilteringBackend.AzureDns)
            {
                finding.NotMet("connectionAzureDnsOnly", connection.Span, $"The connection \"{connection.Key}\" is said to be filtered by the Azure DNS policy, which filters only the school's Azure networks.",
                    "Name the filter that really handles this line, e.g. the upstream filter.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"The connection \"{connection.Key}\" is filtered by {by}.");
            }
        }

        if (view.Filtering.AzureDns is { } dns)
        {
            if (dns.VirtualNetworkIds.IsEmpty)
            {
                finding.NotMet("azureDnsUnlinked", dns.Span, "The Azure DNS policy is linked to no virtual network.",
                    "List the school's Azure virtual networks under azureDns virtualNetworkIds.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"The Azure DNS policy filters {Count(dns.VirtualNetworkIds.Length, "Azure virtual network", "Azure virtual networks")} with the profile \"{dns.Profile}\".");
            }
        }

        finding.LiveCheckNotRun("that the provider and Azure show every network linked to its profile and active");
    }

    private static void CheckProfile(FilteringView view, FilteringProfile profile, FindingBuilder finding)
    {
        var declared = view.DeclaredBackends(profile);
        var missing = profile.EnforcedBy.Distinct().Where(b => !view.IsDeclared(b)).Select(b => ConfigNaming.EnumValue(b)).ToList();
        if (profile.EnforcedBy.IsEmpty)
        {
            finding.NotMet("profileNoBackend", profile.Span, $"The filtering profile \"{profile.Key}\" names no backend, so nothing enforces it.",
                "List the backends that enforce it under enforcedBy, e.g. upstream.", SchoolRole.ItProvider);
        }
        else if (declared.Count == 0)
        {
            finding.NotMet("profileBackendMissing", profile.Span, $"The filtering profile \"{profile.Key}\" is enforced only by {Names(missing)}, which {(missing.Count == 1 ? "is" : "are")} not declared or switched on.",
                "Declare the backend, or enforce the profile through one that is declared.", SchoolRole.ItProvider);
        }
        else if (declared.All(b => b == FilteringBackend.AzureDns) && !profile.Groups.IsEmpty)
        {
            finding.NotMet("profileAzureDnsOnly", profile.Span, $"The filtering profile \"{profile.Key}\" is enforced only by the Azure DNS policy, which filters the school's Azure networks, not people's devices.",
                "Enforce it through the upstream filter or Global Secure Access as well.", SchoolRole.ItProvider);
        }
        else if (missing.Count > 0)
        {
            finding.Partial("profileBackendOff", profile.Span, $"The filtering profile \"{profile.Key}\" names {Names(missing)}, which {(missing.Count == 1 ? "is" : "are")} not declared or switched on.",
                "Declare and switch on that backend, or remove it from enforcedBy.", SchoolRole.ItProvider);
        }
    }
}
