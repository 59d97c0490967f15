using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>A small fictional tenant (obviously fake ids) and the plan and limits the observe tests read it with.</summary>
internal static class SampleTenant
{
    public static readonly Instant ReadAt = Instant.FromUtc(2026, 11, 30, 6, 0);

    public static string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";

    public static ObservePlan Plan => new(
        "sample-primary", "sample-primary.example", "Sample - ",
        ImmutableSortedDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, [
            KeyValuePair.Create("Sample - IT administrators", "itAdmins"),
            KeyValuePair.Create("Sample - Senior leadership team", "slt")]),
        ["itAdmins"],
        [new BreakGlassAccount { Key = "emergency1", UserPrincipalName = "bg-emergency1@sampleprimary.onmicrosoft.com", Credential = BreakGlassCredential.Fido2, Custodian = Core.Model.School.SchoolRole.Headteacher }],
        UsesGlobalSecureAccess: true,
        Jamf: null);

    public static ObservedPrincipal Admin => new(Id(2001), PrincipalKind.User, "Technician One (admin)", "adm-technician1@sample-primary.example");

    public static ObservedPrincipal BreakGlass => new(Id(3001), PrincipalKind.User, "Emergency access 1", "bg-emergency1@sampleprimary.onmicrosoft.com");

    public static ObservedSignInRule Rule(int n, string name, SignInRuleState state = SignInRuleState.Enabled) => new(
        Id(4000 + n), name, state, ["All"], [BreakGlass.Id], [], [], [], [], ["All"], [], ["all"], [], [], "OR", ["mfa"], null, null);

    public static TenantSnapshot Snapshot(int extraRules = 0) => WithCounts(SnapshotNormaliser.Normalise(new TenantSnapshot
    {
        ToolVersion = SnapshotFile.ToolVersion,
        ReadAt = ReadAt,
        Stack = "sample-primary",
        TenantId = Id(1),
        TenantDomain = "sample-primary.example",
        Areas = [.. Enum.GetValues<ObservedArea>().Select(a => new AreaRead(a, a is ObservedArea.JamfProfiles or ObservedArea.JamfPrestages ? ReadState.NotUsed : ReadState.Complete))],
        SignInRules = [Rule(1, "Sample - Require MFA"), .. Enumerable.Range(2, extraRules).Select(n => Rule(n, $"Hand-made rule {n:D4}", SignInRuleState.ReportOnly))],
        NamedLocations = [new ObservedNamedLocation(Id(5001), "Sample - School broadband", true, ["203.0.113.0/28"], [])],
        RoleHolders = [new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", Admin, "/"),
            new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", BreakGlass, "/")],
        Groups = [new ObservedGroup(Id(1001), "Sample - IT administrators", "itAdmins", true, [Admin]),
            new ObservedGroup(Id(1002), "Sample - Senior leadership team", "slt", false, [])],
        Principals = [BreakGlass],
        BreakGlassAccounts = [new ObservedAccount("emergency1", BreakGlass.UserPrincipalName ?? string.Empty, BreakGlass.Id, true, true, false)],
        BreakGlassSignIns = [new ObservedSignIn("emergency1", Instant.FromUtc(2026, 11, 21, 22, 14, 5), "Microsoft Entra admin center", true)],
        AuthenticationMethods = [new ObservedAuthenticationMethod("Fido2", true, ["all_users"])],
        DevicePolicies = [new ObservedDevicePolicy(DevicePolicyKind.Compliance, Id(6001), "Sample - Windows compliance", "windows10", 0, [Id(1001)], []),
            new ObservedDevicePolicy(DevicePolicyKind.SettingsCatalog, Id(6002), "Sample - Windows baseline", "windows10", 12, ["allDevices"], [Id(1002)])],
        FilteringPolicies = [new ObservedFilteringPolicy(Id(7001), "Sample - Web filtering - Pupils", "allow",
            [new ObservedFilteringRule("Blocked categories", "webCategory", ["Gambling", "Pornography"])])],
        FilteringProfiles = [new ObservedFilteringProfile(Id(7101), "Sample - Security profile - Pupils", "enabled", 1000, [new ObservedPolicyLink(Id(7001), "enabled")])],
    }));

    /// <summary>Each area's count as the observer counts it.</summary>
    public static TenantSnapshot WithCounts(TenantSnapshot s) => s with
    {
        Areas = [.. s.Areas.Select(a => a.State != ReadState.Complete ? a : a with
        {
            Count = a.Area switch
            {
                ObservedArea.Tenant => 1,
                ObservedArea.SignInRules => s.SignInRules.Length,
                ObservedArea.NamedLocations => s.NamedLocations.Length,
                ObservedArea.PrivilegedRoles => s.RoleHolders.Length,
                ObservedArea.Groups => s.Groups.Length,
                ObservedArea.Principals => s.Principals.Length,
                ObservedArea.BreakGlassAccounts => s.BreakGlassAccounts.Length,
                ObservedArea.BreakGlassSignIns => s.BreakGlassSignIns.Length,
                ObservedArea.AuthenticationMethods => s.AuthenticationMethods.Length,
                ObservedArea.DeviceCompliance => s.DevicePolicies.Count(p => p.Kind == DevicePolicyKind.Compliance),
                ObservedArea.SettingsCatalog => s.DevicePolicies.Count(p => p.Kind == DevicePolicyKind.SettingsCatalog),
                ObservedArea.WebFiltering => s.FilteringPolicies.Length,
                ObservedArea.JamfProfiles => s.JamfProfiles.Length,
                _ => s.JamfPrestages.Length,
            },
        })],
    };

    /// <summary>Limits for tests: the clock runs 20 times faster, so a 2-second Retry-After takes 100 ms.</summary>
    public static ReadLimits Limits(List<RetryNotice>? retries = null) => new()
    {
        Time = new ScaledTimeProvider(20),
        OnRetry = retries is null ? null : n =>
        {
            lock (retries)
            {
                retries.Add(n);
            }
        },
    };

    public static ObserveRequest Request(FakeGraph graph, ReadLimits limits, ObservePlan? plan = null) =>
        new(plan ?? Plan, new GraphConnection(graph.Endpoint, graph.Token, null), null, limits, new NodaTime.Testing.FakeClock(ReadAt), SnapshotFile.ToolVersion);

    public static async Task<FakeGraph> ServeAsync(TenantSnapshot snapshot)
    {
        var graph = await FakeGraph.StartAsync();
        graph.Serve(snapshot);
        return graph;
    }
}
