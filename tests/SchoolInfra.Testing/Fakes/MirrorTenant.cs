using NodaTime;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Graph;

namespace SchoolInfra.Testing.Fakes;

/// <summary>
/// A tenant snapshot that mirrors a school's declared state exactly: every declared sign-in rule, named location,
/// group (administrator groups with exactly their named members), emergency account, filtering profile and policy and
/// Jamf Pro profile, every area read completely. Comparing it with the declared state must find nothing; tests and
/// benchmarks change it to plant drift. Ids are obviously fake.
/// </summary>
public static class MirrorTenant
{
    public static readonly Instant ReadAt = Instant.FromUtc(2026, 12, 5, 5, 0);

    public static TenantSnapshot From(string stack, string tenantDomain, DeclaredTenant declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var breakGlass = declared.BreakGlass.Select((upn, i) => new ObservedAccount($"account{i + 1}", upn, UserId(upn), true, true, false)).ToList();
        var groups = declared.Groups.Select(g => new ObservedGroup(GroupId(g.Key), g.DisplayName, g.Key, g.Administrators && !g.Dynamic,
            g.Administrators && !g.Dynamic ? [.. g.Members.Select(User)] : [])).ToList();
        var admins = declared.BreakGlass.Concat(declared.Groups.Where(g => g.Administrators).SelectMany(g => g.Members)).Distinct(StringComparer.OrdinalIgnoreCase);
        var jamf = !declared.JamfProfiles.IsEmpty || !declared.JamfPrestages.IsEmpty;
        var filtering = !declared.FilteringProfiles.IsEmpty;
        return WithCounts(new TenantSnapshot
        {
            ToolVersion = "0.0.0-test",
            ReadAt = ReadAt,
            Stack = stack,
            TenantId = "00000000-0000-0000-0000-0000000000aa",
            TenantDomain = tenantDomain,
            Areas = [.. Enum.GetValues<ObservedArea>().Select(a => new AreaRead(a,
                (a is ObservedArea.JamfProfiles or ObservedArea.JamfPrestages && !jamf) || (a == ObservedArea.WebFiltering && !filtering)
                    ? ReadState.NotUsed
                    : ReadState.Complete))],
            SignInRules = [.. declared.SignInRules.Select(r => new ObservedSignInRule(
                $"ca-{r.Resource.LogicalName}", r.DisplayName, State(r.State),
                r.IncludedUsers, [.. r.ExcludedUsers.Select(UserId)], [.. r.IncludedGroups.Select(GroupId)], [.. r.ExcludedGroups.Select(GroupId)],
                [], [], ["All"], [], ["all"], [], [], "OR", r.BuiltInControls, r.AuthenticationStrengthId, null))],
            NamedLocations = [.. declared.NamedLocations.Select(l => new ObservedNamedLocation($"loc-{l.Resource.LogicalName}", l.DisplayName, l.Trusted, l.IpRanges, []))],
            RoleHolders = [.. admins.Select(upn => new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", User(upn), "/"))],
            Groups = [.. groups],
            Principals = [.. declared.SignInRules.SelectMany(r => r.ExcludedUsers).Distinct(StringComparer.OrdinalIgnoreCase).Select(User)],
            BreakGlassAccounts = [.. breakGlass],
            AuthenticationMethods = [new ObservedAuthenticationMethod("Fido2", true, ["all_users"]), new ObservedAuthenticationMethod("MicrosoftAuthenticator", true, ["all_users"])],
            DevicePolicies = [.. declared.DevicePolicies.Select(p => new ObservedDevicePolicy(p.Kind, $"dp-{p.Resource.LogicalName}", p.Name, "windows10", 0,
                [.. Enumerable.Range(0, p.Included - (p.AllDevices ? 1 : 0) - (p.AllUsers ? 1 : 0)).Select(i => $"devicegroup-{p.Resource.LogicalName}-{i}"),
                    .. p.AllDevices ? ["allDevices"] : Array.Empty<string>(), .. p.AllUsers ? ["allLicensedUsers"] : Array.Empty<string>()],
                [.. Enumerable.Range(0, p.Excluded).Select(i => $"devicegroup-{p.Resource.LogicalName}-excluded-{i}")]))],
            FilteringPolicies = [.. declared.FilteringPolicies.Select(p => new ObservedFilteringPolicy($"fp-{p.Resource.LogicalName}", p.Name, p.DefaultAction,
                [.. p.Rules.Select(r => new ObservedFilteringRule(r.Name, "fqdn", r.Destinations))]))],
            FilteringProfiles = [.. declared.FilteringProfiles.Select(p => new ObservedFilteringProfile($"prof-{p.Resource.LogicalName}", p.Name, p.State, p.Priority, []))],
            JamfProfiles = [.. declared.JamfProfiles.Select((p, i) => new ObservedJamfProfile((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name,
                [.. p.Settings.Keys.Select(k => k.Split('.')[0]).Distinct().Order(StringComparer.Ordinal)], p.Settings, []))],
            JamfPrestages = [.. declared.JamfPrestages.Select((p, i) => new ObservedJamfPrestage((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.DisplayName,
                p.Supervised, p.Mandatory, p.MdmRemovable))],
        });
    }

    /// <summary>Each read area's count as the observer counts it (objects read).</summary>
    public static TenantSnapshot WithCounts(TenantSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s with
        {
            Areas = [.. s.Areas.Select(a => a.State != ReadState.Complete ? a : a with
            {
                Count = a.Area switch
                {
                    ObservedArea.Tenant => 1,
                    ObservedArea.SignInRules => s.SignInRules.Length,
                    ObservedArea.NamedLocations => s.NamedLocations.Length,
                    ObservedArea.PrivilegedRoles => s.RoleHolders.Length,
                    ObservedArea.Groups => s.Groups.Length + s.Groups.Sum(g => g.Members.Length),
                    ObservedArea.Principals => s.Principals.Length,
                    ObservedArea.BreakGlassAccounts => s.BreakGlassAccounts.Length,
                    ObservedArea.BreakGlassSignIns => s.BreakGlassSignIns.Length,
                    ObservedArea.AuthenticationMethods => s.AuthenticationMethods.Length,
                    ObservedArea.DeviceCompliance => s.DevicePolicies.Count(p => p.Kind == DevicePolicyKind.Compliance),
                    ObservedArea.SettingsCatalog => s.DevicePolicies.Count(p => p.Kind == DevicePolicyKind.SettingsCatalog),
                    ObservedArea.WebFiltering => s.FilteringPolicies.Length + s.FilteringProfiles.Length,
                    ObservedArea.JamfProfiles => s.JamfProfiles.Length,
                    _ => s.JamfPrestages.Length,
                },
            })],
        };
    }

    public static string UserId(string upn) => $"user-{upn.ToLowerInvariant()}";

    public static string GroupId(string key) => $"group-{key}";

    public static ObservedPrincipal User(string upn) => new(UserId(upn), PrincipalKind.User, upn.Split('@')[0], upn);

    private static SignInRuleState State(string state) => state switch
    {
        "enabled" => SignInRuleState.Enabled,
        "disabled" => SignInRuleState.Disabled,
        _ => SignInRuleState.ReportOnly,
    };
}
