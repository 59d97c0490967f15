using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Global Secure Access web filtering, matched by name (FIL-01, FIL-02, FIL-08, FIL-10): security profiles switched
/// off or reordered, policies whose action or rules changed (an allow list that grew, a block list that shrank),
/// profiles and policies nobody declared, and declared ones that are gone.
/// </summary>
internal static class FilteringComparer
{
    private static readonly string[] UnmanagedControls = ["CHG-03", "CHG-04", "FIL-01", "FIL-02"];

    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var snapshot = builder.Snapshot;
        var area = snapshot.Area(ObservedArea.WebFiltering);
        if (area.State is ReadState.Unknown or ReadState.NotUsed)
        {
            return;
        }

        var matchedProfiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in snapshot.FilteringProfiles)
        {
            var address = $"graph:/networkAccess/filteringProfiles/{profile.Id}";
            var declaredProfile = declared.FilteringProfiles.FirstOrDefault(d => string.Equals(d.Name, profile.Name, StringComparison.OrdinalIgnoreCase));
            if (declaredProfile is null)
            {
                builder.Unmanaged(TenantDriftBuilder.Undeclared(address, "graph:filteringProfile", profile.Name, UnmanagedControls),
                    ObservationKind.MicrosoftGraph, $"A web filtering security profile made outside the pipeline ({profile.State}, priority {profile.Priority}).",
                    low: profile.State != "enabled");
                continue;
            }

            matchedProfiles.Add(declaredProfile.Name);
            var note = profile.State != declaredProfile.State ? $"It is now {profile.State}, so the filtering it carries may not apply." : string.Empty;
            PropertyDrift?[] differences =
            [
                TenantDriftBuilder.ValueDifference("state", declaredProfile.State, profile.State),
                TenantDriftBuilder.ValueDifference("priority", declaredProfile.Priority, profile.Priority),
            ];
            builder.Changed(builder.Declared(declaredProfile.Resource, address), differences.OfType<PropertyDrift>(), NextDeploy.PutsBack,
                ObservationKind.MicrosoftGraph, note);
        }

        var matchedPolicies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var policy in snapshot.FilteringPolicies)
        {
            var address = $"graph:/networkAccess/filteringPolicies/{policy.Id}";
            var declaredPolicy = declared.FilteringPolicies.FirstOrDefault(d => string.Equals(d.Name, policy.Name, StringComparison.OrdinalIgnoreCase));
            if (declaredPolicy is null)
            {
                builder.Unmanaged(TenantDriftBuilder.Undeclared(address, "graph:filteringPolicy", policy.Name, UnmanagedControls),
                    ObservationKind.MicrosoftGraph, $"A web filtering policy made outside the pipeline ({policy.Action}, {policy.Rules.Length} rule(s)).");
                continue;
            }

            matchedPolicies.Add(declaredPolicy.Name);
            Rules(builder, declaredPolicy, policy, address);
        }

        if (area.State != ReadState.Complete)
        {
            return;
        }

        foreach (var missing in declared.FilteringProfiles.Where(d => !matchedProfiles.Contains(d.Name)))
        {
            builder.Deleted(builder.Declared(missing.Resource, $"graph:filteringProfile/{missing.Resource.LogicalName}"), ObservationKind.MicrosoftGraph,
                "No security profile with this name was found, so its filtering applies to nobody.");
        }

        foreach (var missing in declared.FilteringPolicies.Where(d => !matchedPolicies.Contains(d.Name)))
        {
            builder.Deleted(builder.Declared(missing.Resource, $"graph:filteringPolicy/{missing.Resource.LogicalName}"), ObservationKind.MicrosoftGraph,
                "No web filtering policy with this name was found.");
        }
    }

    private static void Rules(TenantDriftBuilder builder, DeclaredFilteringPolicy declaredPolicy, ObservedFilteringPolicy policy, string address)
    {
        var policyDifferences = new List<PropertyDrift?>
        {
            TenantDriftBuilder.ValueDifference("defaultAction", declaredPolicy.DefaultAction, policy.Action),
            TenantDriftBuilder.SetDifference("rules", declaredPolicy.Rules.Select(r => r.Name), policy.Rules.Select(r => r.Name), StringComparer.OrdinalIgnoreCase),
        };
        var extraRules = policy.Rules.Select(r => r.Name).Except(declaredPolicy.Rules.Select(r => r.Name), StringComparer.OrdinalIgnoreCase).ToList();
        builder.Changed(builder.Declared(declaredPolicy.Resource, address), policyDifferences.OfType<PropertyDrift>(), NextDeploy.PutsBack,
            ObservationKind.MicrosoftGraph, extraRules.Count > 0 ? $"Rules added outside the pipeline: {string.Join(", ", extraRules)}." : string.Empty);

        foreach (var declaredRule in declaredPolicy.Rules)
        {
            var rule = policy.Rules.FirstOrDefault(r => string.Equals(r.Name, declaredRule.Name, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                continue;
            }

            var live = rule.Destinations.Select(d => d.ToLowerInvariant()).ToList();
            if (TenantDriftBuilder.SetDifference("destinations", declaredRule.Destinations, live, StringComparer.Ordinal) is not { } difference)
            {
                continue;
            }

            var added = live.Except(declaredRule.Destinations, StringComparer.Ordinal).ToList();
            var removed = declaredRule.Destinations.Except(live, StringComparer.Ordinal).ToList();
            var note = declaredRule.Action == "allow"
                ? added.Count > 0 ? $"Widened: it now also allows {string.Join(", ", added)}." : $"It no longer allows {string.Join(", ", removed)}."
                : removed.Count > 0 ? $"Narrowed: it no longer blocks {string.Join(", ", removed)}." : $"It now also blocks {string.Join(", ", added)}.";
            builder.Changed(builder.Declared(declaredRule.Resource, $"{address}/policyRules/{rule.Name}"), [difference], NextDeploy.PutsBack,
                ObservationKind.MicrosoftGraph, note);
        }
    }
}
