using System.Collections.Immutable;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Sign-in (Conditional Access) rules, matched by display name: a declared rule changed in the portal (switched to
/// report-only, a group left out, a control removed), a rule nobody declared and what it does, and a declared rule
/// that a complete read did not find. Report-only is a state of its own: it enforces nothing (live-reads.md).
/// </summary>
internal static class SignInRuleComparer
{
    private static readonly ImmutableArray<string> UnmanagedControls = ["CHG-04", "MFA-04"];

    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var snapshot = builder.Snapshot;
        var area = snapshot.Area(ObservedArea.SignInRules);
        if (area.State == ReadState.Unknown)
        {
            return;
        }

        var breakGlassIds = snapshot.BreakGlassAccounts.Where(a => a.Id is not null).Select(a => a.Id ?? string.Empty).ToImmutableHashSet(StringComparer.Ordinal);
        var wording = new SignInRuleWording(snapshot, builder.Context.NamePrefix, breakGlassIds);
        var byName = declared.SignInRules.GroupBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var accounts = Accounts(snapshot);
        var groupKeys = snapshot.Groups.Where(g => g.Key is not null).ToDictionary(g => g.Id, g => g.Key ?? string.Empty, StringComparer.Ordinal);
        var groupsKnown = snapshot.IsComplete(ObservedArea.Groups);
        var accountsKnown = snapshot.IsComplete(ObservedArea.BreakGlassAccounts) || snapshot.IsComplete(ObservedArea.Principals);
        foreach (var rule in snapshot.SignInRules)
        {
            var address = $"graph:/identity/conditionalAccess/policies/{rule.Id}";
            if (!byName.TryGetValue(rule.DisplayName, out var declaredRule))
            {
                var excludesFromMfa = rule.RequiresMfa && wording.Excluded(rule).Count > 0;
                var controls = excludesFromMfa ? UnmanagedControls.Add("MFA-01") : UnmanagedControls;
                builder.Unmanaged(TenantDriftBuilder.Undeclared(address, "graph:conditionalAccessPolicy", rule.DisplayName, controls),
                    ObservationKind.MicrosoftGraph, wording.Describe(rule),
                    low: rule.State == SignInRuleState.Disabled);
                continue;
            }

            matched.Add(declaredRule.DisplayName);
            var azuread = declaredRule.Resource.Type == AzureAdTypes.ConditionalAccessPolicy;
            string Users(string azureadName, string microsoft365Name) => $"conditions.users.{(azuread ? azureadName : microsoft365Name)}";
            string Group(string id) => groupKeys.TryGetValue(id, out var key) ? key : wording.Name(id);
            var differences = new List<PropertyDrift?>
            {
                TenantDriftBuilder.ValueDifference("state", declaredRule.State, GraphState(rule.State)),
                TenantDriftBuilder.SetDifference("grantControls.builtInControls", declaredRule.BuiltInControls, rule.BuiltInControls, StringComparer.Ordinal),
                TenantDriftBuilder.ValueDifference(azuread ? "grantControls.authenticationStrengthPolicyId" : "grantControls.authenticationStrength.id",
                    declaredRule.AuthenticationStrengthId, rule.AuthenticationStrengthId),
                TenantDriftBuilder.SetDifference(Users("includedUsers", "includeUsers"), declaredRule.IncludedUsers,
                    rule.IncludeUsers.Select(u => u is "All" or "None" or "GuestsOrExternalUsers" ? u : accounts.GetValueOrDefault(u) ?? wording.Name(u)), StringComparer.OrdinalIgnoreCase),
            };
            if (accountsKnown)
            {
                differences.Add(TenantDriftBuilder.SetDifference(Users("excludedUsers", "excludeUsers"), declaredRule.ExcludedUsers,
                    rule.ExcludeUsers.Select(u => accounts.GetValueOrDefault(u) ?? wording.Name(u)), StringComparer.OrdinalIgnoreCase));
            }

            if (groupsKnown)
            {
                differences.Add(TenantDriftBuilder.SetDifference(Users("includedGroups", "includeGroups"), declaredRule.IncludedGroups, rule.IncludeGroups.Select(Group), StringComparer.Ordinal));
                differences.Add(TenantDriftBuilder.SetDifference(Users("excludedGroups", "excludeGroups"), declaredRule.ExcludedGroups, rule.ExcludeGroups.Select(Group), StringComparer.Ordinal));
            }

            builder.Changed(builder.Declared(declaredRule.Resource, address), differences.OfType<PropertyDrift>(), NextDeploy.PutsBack,
                ObservationKind.MicrosoftGraph, Note(declaredRule, rule, wording));
        }

        if (area.State != ReadState.Complete)
        {
            return;
        }

        foreach (var missing in declared.SignInRules.Where(r => !matched.Contains(r.DisplayName)))
        {
            builder.Deleted(builder.Declared(missing.Resource, $"graph:conditionalAccessPolicy/{missing.Resource.LogicalName}"),
                ObservationKind.MicrosoftGraph, "No sign-in rule with this name was found in the tenant, so it does not apply to anyone.");
        }
    }

    /// <summary>Graph's own word for a state, as the stack file writes it.</summary>
    public static string GraphState(SignInRuleState state) => state switch
    {
        SignInRuleState.Enabled => "enabled",
        SignInRuleState.Disabled => "disabled",
        _ => "enabledForReportingButNotEnforced",
    };

    /// <summary>Object id → account name, for the emergency accounts and the accounts sign-in rules name.</summary>
    public static Dictionary<string, string> Accounts(TenantSnapshot snapshot)
    {
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var principal in snapshot.Principals.Where(p => p.UserPrincipalName is not null))
        {
            accounts[principal.Id] = principal.UserPrincipalName ?? string.Empty;
        }

        foreach (var account in snapshot.BreakGlassAccounts.Where(a => a.Id is not null))
        {
            accounts[account.Id ?? string.Empty] = account.UserPrincipalName;
        }

        return accounts;
    }

    private static string Note(DeclaredSignInRule declared, ObservedSignInRule live, SignInRuleWording wording)
    {
        var notes = new List<string>();
        if (declared.State == "enabled" && live.State == SignInRuleState.ReportOnly)
        {
            notes.Add("It was switched to report-only, so it enforces nothing.");
        }
        else if (declared.State != "disabled" && live.State == SignInRuleState.Disabled)
        {
            notes.Add("It was switched off.");
        }

        var excluded = wording.Excluded(live);
        if (excluded.Count > 0 && live.RequiresMfa)
        {
            notes.Add($"It now excludes {string.Join(", ", excluded)} from MFA.");
        }

        return string.Join(" ", notes);
    }
}
