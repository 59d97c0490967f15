using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Benchmarks;

/// <summary>
/// Issue 10: reading a 2,000-object tenant through the loopback fake Graph, every answer 50 ms late, pages of 100,
/// with the real Graph SDK and the default limits (4 areas and 4 requests at a time) must take under 60 s.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TenantReadBenchmarks
{
    private const string Prefix = "Bench - ";
    private static readonly Instant ReadAt = Instant.FromUtc(2026, 12, 5, 5, 0);
    private FakeGraph _graph = null!;
    private ObservePlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";
        var breakGlass = new ObservedPrincipal(Id(1), PrincipalKind.User, "Emergency access 1", "bg-emergency1@benchprimary.onmicrosoft.com");
        var admins = Enumerable.Range(0, 200).Select(i => new ObservedPrincipal(Id(10_000 + i), PrincipalKind.User, $"Admin {i}", $"adm-{i}@bench-primary.example")).ToList();
        var snapshot = new TenantSnapshot
        {
            ToolVersion = "bench",
            ReadAt = ReadAt,
            Stack = "bench-primary",
            TenantId = Id(2),
            TenantDomain = "bench-primary.example",
            Areas = [.. Enum.GetValues<ObservedArea>().Select(a => new AreaRead(a, ReadState.Complete))],
            SignInRules = [.. Enumerable.Range(0, 1_000).Select(i => new ObservedSignInRule(Id(20_000 + i), $"Rule {i:D4}", SignInRuleState.Enabled,
                ["All"], [breakGlass.Id], [], [], [], [], ["All"], [], ["all"], [], [], "OR", ["mfa"], null, null))],
            NamedLocations = [.. Enumerable.Range(0, 400).Select(i => new ObservedNamedLocation(Id(30_000 + i), $"Place {i:D4}", true,
                [string.Create(CultureInfo.InvariantCulture, $"203.0.{i / 256}.{i % 256}/32")], []))],
            RoleHolders = [.. admins.Select(a => new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", a, "/"))],
            Groups = [new ObservedGroup(Id(3), $"{Prefix}IT administrators", "itAdmins", true, [.. admins])],
            Principals = [breakGlass],
            BreakGlassAccounts = [new ObservedAccount("emergency1", breakGlass.UserPrincipalName ?? string.Empty, breakGlass.Id, true, true, false)],
            DevicePolicies = [.. Enumerable.Range(0, 199).Select(i => new ObservedDevicePolicy(DevicePolicyKind.Compliance, Id(40_000 + i), $"Compliance {i:D3}", "windows10", 0, [Id(3)], []))],
        };
        _plan = new ObservePlan("bench-primary", "bench-primary.example", Prefix,
            ImmutableSortedDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, [KeyValuePair.Create($"{Prefix}IT administrators", "itAdmins")]),
            ["itAdmins"],
            [new BreakGlassAccount { Key = "emergency1", UserPrincipalName = breakGlass.UserPrincipalName ?? string.Empty, Credential = BreakGlassCredential.Fido2, Custodian = Core.Model.School.SchoolRole.Headteacher }],
            UsesGlobalSecureAccess: false,
            Jamf: null);
        _graph = FakeGraph.StartAsync().GetAwaiter().GetResult();
        _graph.PageSize = 100;
        _graph.Serve(snapshot);
        _graph.Latency = TimeSpan.FromMilliseconds(50);
        Console.WriteLine($"// objects served: {TenantCompareBenchmarks.Count(snapshot) + snapshot.DevicePolicies.Length}");
    }

    [GlobalCleanup]
    public void Cleanup() => _graph.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> Read2000ObjectsAt50MsPerRequest()
    {
        var request = new ObserveRequest(_plan, new GraphConnection(_graph.Endpoint, _graph.Token, null), null, new ReadLimits(),
            new FixedClock(ReadAt), "bench");
        var result = await TenantObserver.ObserveAsync(request);
        if (result.Snapshot is not { } snapshot || snapshot.Areas.Any(a => !a.IsComplete))
        {
            throw new InvalidOperationException("The read was not complete: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        }

        return snapshot.SignInRules.Length;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
