using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Pulumi;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Tests.Pulumi;

/// <summary>The fixtures folder, the example school's declared state, and a drift context over it.</summary>
internal static class PulumiFixtures
{
    public static readonly Instant RunAt = Instant.FromUtc(2026, 12, 5, 5, 31);

    private static readonly Lazy<DesiredState> ExampleState = new(() =>
    {
        var result = SchoolCompiler.Compile(ExampleSchool.Source(), ExampleSchool.Today, ExampleSchool.Files);
        return result.State ?? throw new InvalidOperationException("The example school does not compile.");
    });

    public static DesiredState Desired => ExampleState.Value;

    public static DriftContext Context(DriftIgnoreRules? rules = null) => new(
        ExampleSchool.Stack,
        Desired,
        rules ?? DriftIgnoreRules.Default,
        ImmutableDictionary<string, DriftSeverity>.Empty.Add("MFA-01", DriftSeverity.High).Add("BAK-02", DriftSeverity.High),
        "Oakfield - ");

    /// <summary>A safe reader whose repository is the test's output folder, where the fixtures are copied.</summary>
    public static SafeFileReader Reader => new(AppContext.BaseDirectory);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Pulumi", "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Maps a fixture; fails the test (with every diagnostic) when it does not read.</summary>
    public static DriftObservation Observe(string name)
    {
        var bag = new DiagnosticBag();
        var observation = PulumiRefreshSource.Observe(Bytes(name), name, RunAt, Context(), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        return observation!;
    }

    /// <summary>The diagnostics of a fixture (or bytes) that must not read.</summary>
    public static ImmutableArray<Diagnostic> Errors(byte[] bytes, string name = "refresh.json")
    {
        var bag = new DiagnosticBag();
        var observation = PulumiRefreshSource.Observe(bytes, name, RunAt, Context(), bag);
        Assert.Null(observation);
        Assert.True(bag.HasErrors);
        return bag.ToSortedArray();
    }

    /// <summary>A short line per item: kind, logical name, paths, next deploy.</summary>
    public static IEnumerable<string> Describe(DriftObservation observation) => observation.Items.Select(i =>
        $"{i.Kind} {i.Resource.LogicalName ?? i.Resource.DisplayName} [{string.Join(", ", i.Properties.Select(p => $"{p.Path}: {p.Declared.Display} -> {p.Live.Display}"))}] {i.NextDeploy}");
}
