using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Filtering;

/// <summary>
/// Entra Internet Access (Global Secure Access) web filtering for each profile enforced by it: one web filtering
/// policy with ordered rules, a security profile holding it, and a Conditional Access policy that applies the
/// security profile to the profile's groups (Microsoft Learn, "Web filtering in Global Secure Access (V2)").
/// </summary>
/// <remarks>
/// V2 rules cannot target users or groups, and a matching rule or the policy's default action ends evaluation
/// before security profiles of lower priority. So a group with live exceptions gets its own security profile: a
/// full copy of its profile's rules with the exception allow rules first, at a higher priority than the profile's
/// own security profile. The group stays in the profile's Conditional Access policy too, so if the copy were
/// ever missing the group would fall back to the stricter profile, never to no filtering.
/// </remarks>
internal sealed class GlobalSecureAccessProfiles(BuildContext context, FilteringConfig filtering, ImmutableArray<FilteringException> live)
{
    // Rule priorities: 100-65000, lower first (provider docs). Exceptions, then allow entries, then blocks.
    private const long FirstExceptionRule = 100;
    private const long AllowedDomainsRule = 10_000;
    private const long BlockedDomainsRule = 20_000;
    private const long BlockedCategoriesRule = 30_000;

    // Security profile priorities: group copies (100 + group index) come before every profile (1000 + 10 x index).
    private const long FirstGroupCopy = 100;
    private const long FirstProfile = 1_000;

    // Tenant limits documented for web content filtering (Microsoft Learn, "How to configure Global Secure Access
    // web content filtering", Known limitations); called placeholders there, so exceeding them is a warning.
    private const int MaxPolicies = 100;
    private const int MaxRules = 1_000;
    private const int MaxDestinations = 8_000;
    private const int MaxSecurityProfiles = 256;

    // Each scope has one policy in one security profile, so _policies counts security profiles too.
    private int _policies;
    private int _rules;
    private int _destinations;

    public void Build()
    {
        var groups = context.Config.Identity.Groups;
        // A profile with no groups has nobody to apply it to (e.g. one kept only for the Azure DNS policy).
        var profiles = filtering.Profiles.Where(p => p.EnforcedBy.Contains(FilteringBackend.GlobalSecureAccess) && !p.Groups.IsEmpty).ToList();
        for (var i = 0; i < profiles.Count; i++)
        {
            var profile = profiles[i];
            AddScope(new FilteringScope(profile.Key, profile.Name, profile, profile.Groups, [], FirstProfile + (10 * i), profile.Span));
            foreach (var groupKey in profile.Groups.Distinct())
            {
                var exceptions = ForGroup(groupKey);
                if (exceptions.IsEmpty)
                {
                    continue;
                }

                var index = groups.Select(g => g.Key).ToList().IndexOf(groupKey);
                if (index < 0)
                {
                    continue;
                }

                var groupName = groups[index].DisplayName;
                AddScope(new FilteringScope($"{profile.Key}-{groupKey}", $"{profile.Name} with exceptions for {groupName}", profile,
                    [groupKey], exceptions, FirstGroupCopy + index, profile.Span));
            }
        }

        if (_policies > MaxPolicies || _rules > MaxRules || _destinations > MaxDestinations || _policies > MaxSecurityProfiles)
        {
            var at = filtering.GlobalSecureAccess?.Span is { IsKnown: true } span ? span : filtering.Span;
            context.Diagnostics.Add(FilteringBuildDiagnostics.GlobalSecureAccessLimits(at, _policies, _rules, _destinations, _policies));
        }
    }

    /// <summary>Live exceptions for one group, one per domain (the one that ends last), in file order.</summary>
    private ImmutableArray<FilteringException> ForGroup(string groupKey) =>
    [
        .. live.Where(e => e.Groups.Contains(groupKey))
            .GroupBy(e => e.Domain.ToLowerInvariant())
            .Select(g => g.OrderByDescending(e => e.ExpiresOn).First())
            .OrderBy(e => live.IndexOf(e)),
    ];

    private void AddScope(FilteringScope scope)
    {
        var policy = $"gsa-{scope.Key}-policy";
        _policies++;
        context.Add(policy, Microsoft365Types.NetworkWebFilteringPolicy, PulumiValue.Map(
                ("name", PulumiValue.Text(context.DisplayName($"Web filtering - {scope.Title}"))),
                ("description", PulumiValue.Text($"Filtering profile \"{scope.Profile.Key}\", managed by SchoolInfra from the school's stack file.")),
                ("defaultAction", PulumiValue.Text("allow"))),
            scope.Source, $"The web filtering rules of \"{scope.Title}\".", ["FIL-01", "FIL-02"]);

        AddRules(scope, policy);

        var securityProfile = $"gsa-{scope.Key}-profile";
        context.Add(securityProfile, Microsoft365Types.NetworkFilteringProfile, PulumiValue.Map(
                ("name", PulumiValue.Text(context.DisplayName($"Security profile - {scope.Title}"))),
                ("description", PulumiValue.Text($"Applied to its groups by Conditional Access; filtering profile \"{scope.Profile.Key}\".")),
                ("priority", PulumiValue.Number(scope.Priority)),
                ("state", PulumiValue.Text("enabled"))),
            scope.Source, $"The security profile that carries \"{scope.Title}\" to devices on and off site.", ["FIL-01", "FIL-02", "FIL-08"]);

        var link = $"gsa-{scope.Key}-link";
        context.Add(link, Microsoft365Types.NetworkFilteringProfilePolicyLink, PulumiValue.Map(
                ("filteringProfileId", PulumiValue.Ref(securityProfile, "id")),
                ("policyId", PulumiValue.Ref(policy, "id")),
                // The provider's OneOf for policy_type (network_filtering_profile_policy_link/resource.go:132) names a web
                // filtering policy link "web_filtering"; "filtering" is the legacy filtering-policy link.
                ("policyType", PulumiValue.Text("web_filtering")),
                ("state", PulumiValue.Text("enabled"))),
            scope.Source, $"Puts the web filtering rules of \"{scope.Title}\" into its security profile.", ["FIL-01"]);

        context.Add($"gsa-{scope.Key}-access", Microsoft365Types.ConditionalAccessPolicy, AccessPolicy(scope, securityProfile),
            scope.Source, $"Applies \"{scope.Title}\" to the internet traffic of {string.Join(", ", scope.Groups)}.",
            ["FIL-01", "FIL-02", "FIL-08"], new ResourceOptions { DependsOn = [link] });
    }

    private void AddRules(FilteringScope scope, string policy)
    {
        for (var i = 0; i < scope.Exceptions.Length; i++)
        {
            var exception = scope.Exceptions[i];
            AddRule(scope, policy, $"allow-{ResourceNames.Part(exception.Domain)}", $"Exception: {exception.Domain}", Describe(exception),
                FirstExceptionRule + i, "allow", Destinations([exception.Domain]), null, exception.Span,
                $"Unblocks {exception.Domain} for {string.Join(", ", scope.Groups)} until {Iso(exception.ExpiresOn)}.", ["FIL-10", "FIL-11"]);
        }

        var profile = scope.Profile;
        if (!profile.AllowedDomains.IsEmpty)
        {
            AddRule(scope, policy, "allowed-domains", "Allowed domains", "Always allowed for this profile; each entry has its reason in the stack file.",
                AllowedDomainsRule, "allow", Destinations(profile.AllowedDomains.Select(d => d.Domain)), null, profile.Span,
                "The profile's permanent allow list.", ["FIL-10"]);
        }

        if (!profile.BlockedDomains.IsEmpty)
        {
            AddRule(scope, policy, "blocked-domains", "Blocked domains", "Blocked for this profile; each entry has its reason in the stack file.",
                BlockedDomainsRule, "block", Destinations(profile.BlockedDomains.Select(d => d.Domain)), null, profile.Span,
                "The profile's own block list.", ["FIL-02", "FIL-05"]);
        }

        var categories = profile.BlockedCategories.SelectMany(c => GlobalSecureAccessCategories.For(c)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (categories.Count > 0)
        {
            AddRule(scope, policy, "blocked-categories", "Blocked categories", "The profile's blocked content categories in Global Secure Access web categories.",
                BlockedCategoriesRule, "block", null, PulumiValue.TextList(categories), profile.Span,
                "Blocks the profile's content categories that Global Secure Access can recognise.", ["FIL-05"]);
        }
    }

    private void AddRule(FilteringScope scope, string policy, string suffix, string name, string description, long priority, string action,
        PulumiValue? urls, PulumiValue? categories, Core.Diagnostics.SourceSpan source, string purpose, ImmutableArray<string> controls)
    {
        _rules++;
        _destinations += (urls as PulumiList)?.Items.Length ?? 0;
        context.Add($"gsa-{scope.Key}-{suffix}", Microsoft365Types.NetworkWebFilteringPolicyRule, PulumiValue.Map(
                ("webFilteringPolicyId", PulumiValue.Ref(policy, "id")),
                ("name", PulumiValue.Text(name)),
                ("description", PulumiValue.Text(description)),
                ("priority", PulumiValue.Number(priority)),
                ("action", PulumiValue.Text(action)),
                ("status", PulumiValue.Text("enabled")),
                ("urlsOrFqdns", urls),
                ("webCategories", categories)),
            source, purpose, controls);
    }

    /// <summary>The Conditional Access policy that applies a security profile to groups' internet traffic.</summary>
    /// <remarks>
    /// The provider marks grant_controls and these list fields as required; its own session-only examples send empty
    /// lists. Break-glass accounts are not excluded: this policy filters web traffic, it never blocks sign-in.
    /// </remarks>
    private PulumiObject AccessPolicy(FilteringScope scope, string securityProfile) => PulumiValue.Map(
        ("displayName", PulumiValue.Text(context.DisplayName($"Web filtering - {scope.Title}"))),
        ("state", PulumiValue.Text("enabled")),
        ("conditions", PulumiValue.Map(
            ("clientAppTypes", PulumiValue.TextList(["all"])),
            ("signInRiskLevels", PulumiValue.List()),
            ("applications", PulumiValue.Map(
                ("includeApplications", PulumiValue.TextList([Microsoft365Types.AllInternetResourcesAppId])),
                ("excludeApplications", PulumiValue.List()),
                ("includeUserActions", PulumiValue.List()),
                ("includeAuthenticationContextClassReferences", PulumiValue.List()))),
            ("users", PulumiValue.Map(
                ("includeUsers", PulumiValue.List()),
                ("excludeUsers", PulumiValue.List()),
                ("includeGroups", PulumiValue.List(scope.Groups.Select(g => PulumiValue.Ref(ResourceNames.Group(g), "objectId")))),
                ("excludeGroups", PulumiValue.List()),
                ("includeRoles", PulumiValue.List()),
                ("excludeRoles", PulumiValue.List()))))),
        ("grantControls", PulumiValue.Map(
            ("operator", PulumiValue.Text("OR")),
            ("builtInControls", PulumiValue.List()),
            ("customAuthenticationFactors", PulumiValue.List()))),
        ("sessionControls", PulumiValue.Map(
            ("globalSecureAccessFilteringProfile", PulumiValue.Map(
                ("isEnabled", PulumiValue.Bool(true)),
                ("profileId", PulumiValue.Ref(securityProfile, "id")))))));

    /// <summary>Each domain and its subdomains, as URL/FQDN destinations without a scheme.</summary>
    private static PulumiValue Destinations(IEnumerable<string> domains) =>
        PulumiValue.TextList(domains.SelectMany(d => new[] { d.ToLowerInvariant(), "*." + d.ToLowerInvariant() }).Distinct());

    private static string Describe(FilteringException e) =>
        $"Requested by {e.RequestedBy}; approved by {(e.ApprovedBy is { } role ? ConfigNaming.EnumValue(role) : "nobody")} on " +
        $"{(e.ApprovedOn is { } on ? Iso(on) : "no date")}; ends {Iso(e.ExpiresOn)}. Reason: {e.Reason}";

    private static string Iso(NodaTime.LocalDate? date) => date is { } day ? IsoDate.Format(day) : "no end date";
}
