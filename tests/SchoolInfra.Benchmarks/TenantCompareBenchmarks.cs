using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Testing;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Benchmarks;

/// <summary>
/// Issue 10: comparing the example school's declared state with a tenant snapshot of 50,000 observed objects (sign-in
/// rules made in the portal, their principals, role holders, administrator group members, named locations, Jamf
/// profiles) must take under a second. Most of them are drift, so the wording and sorting of items is measured too.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TenantCompareBenchmarks
{
    public const int Objects = 50_000;

    private DriftContext _context = null!;
    private DeclaredTenant _declared = null!;
    private TenantSnapshot _mirror = null!;
    private TenantSnapshot _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        var desired = CompileBenchmarks.Compile(File.ReadAllText(ExampleSchool.StackFilePath)).State ?? throw new InvalidOperationException("does not compile");
        _declared = DeclaredTenant.From(desired);
        _context = new DriftContext("bench", desired, DriftIgnoreRules.Default, ImmutableDictionary<string, DriftSeverity>.Empty, "Oakfield - ");
        _mirror = MirrorTenant.From("bench", "oakfield-primary.example", _declared);
        _large = Large(_mirror, Objects);
        var (items, _, _) = TenantDriftComparer.Compare(_large, _context, _declared);
        Console.WriteLine($"// observed objects: {Count(_large)}, drift items: {items.Length}; mirror alone: {TenantDriftComparer.Compare(_mirror, _context, _declared).Items.Length} items");
    }

    [Benchmark(Baseline = true)]
    public int CompareMirror() => TenantDriftComparer.Compare(_mirror, _context, _declared).Items.Length;

    [Benchmark]
    public int Compare50000Objects() => TenantDriftComparer.Compare(_large, _context, _declared).Items.Length;

    /// <summary>Including reading the declared side from the declared state (what drift --observed does once per run).</summary>
    [Benchmark]
    public int Compare50000ObjectsWithDeclared() => TenantDriftComparer.Compare(_large, _context).Items.Length;

    public static int Count(TenantSnapshot s) =>
        s.SignInRules.Length + s.NamedLocations.Length + s.RoleHolders.Length + s.Groups.Sum(g => 1 + g.Members.Length) + s.Principals.Length
        + s.BreakGlassAccounts.Length + s.FilteringPolicies.Length + s.FilteringProfiles.Length + s.JamfProfiles.Length + s.JamfPrestages.Length;

    /// <summary>The mirror plus <paramref name="objects"/> objects in all: a fifth each of portal rules, their principals,
    /// extra role holders, extra administrator group members, and a tenth each of named locations and Jamf profiles.</summary>
    public static TenantSnapshot Large(TenantSnapshot mirror, int objects)
    {
        var fifth = (objects - Count(mirror)) / 5;
        var tenth = fifth / 2;
        string N(int i) => i.ToString("D6", CultureInfo.InvariantCulture);
        var people = Enumerable.Range(0, fifth).Select(i => MirrorTenant.User($"person{N(i)}@oakfield-primary.example")).ToList();
        var rules = Enumerable.Range(0, fifth).Select(i => new ObservedSignInRule($"portal-{N(i)}", $"Portal rule {N(i)}",
            i % 3 == 0 ? SignInRuleState.ReportOnly : SignInRuleState.Enabled, ["All"], [people[i].Id], [], [MirrorTenant.GroupId("slt")],
            [], [], ["All"], [], ["all"], [], [], "OR", ["mfa"], null, null));
        var holders = people.Select(p => new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", p, "/"));
        var members = Enumerable.Range(0, fifth).Select(i => MirrorTenant.User($"member{N(i)}@oakfield-primary.example"));
        var locations = Enumerable.Range(0, tenth).Select(i => new ObservedNamedLocation($"loc-{N(i)}", $"Portal place {N(i)}", i % 2 == 0,
            [$"198.51.{i / 256 % 256}.{i % 256}/32"], []));
        var profiles = Enumerable.Range(0, objects - Count(mirror) - (4 * fifth) - tenth).Select(i => new ObservedJamfProfile($"{100_000 + i}", $"Portal profile {N(i)}",
            ["com.apple.applicationaccess"], ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("com.apple.applicationaccess.allowCamera", "false"), KeyValuePair.Create("com.apple.applicationaccess.allowSafari", "true")]), []));
        return mirror with
        {
            SignInRules = mirror.SignInRules.AddRange(rules),
            Principals = mirror.Principals.AddRange(people),
            RoleHolders = mirror.RoleHolders.AddRange(holders),
            Groups = [.. mirror.Groups.Select(g => g.Key == "itAdmins" ? g with { Members = g.Members.AddRange(members) } : g)],
            NamedLocations = mirror.NamedLocations.AddRange(locations),
            JamfProfiles = mirror.JamfProfiles.AddRange(profiles),
        };
    }
}
