using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Pulumi;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Benchmarks;

/// <summary>
/// Reading and mapping a refresh digest of 5,000 resources with 50,000 changed properties (ten per resource, in the
/// exact shape <c>pulumi refresh --preview-only --json</c> prints), against a bare <see cref="JsonDocument"/> parse
/// of the same bytes (the baseline). Goal: under 1 s, and at most twice the bare parse.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DriftBenchmarks
{
    public const int Resources = 5_000;
    public const int ChangedPerResource = 10;
    private const string Stack = "bench";
    private const string Type = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

    private byte[] _digest = [];
    private DriftContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _digest = Digest();
        _context = Context();
        var observation = ReadAndMap();
        var properties = observation.Items.Sum(i => i.Properties.Length);
        if (observation.Items.Length != Resources || properties != Resources * ChangedPerResource)
        {
            throw new InvalidOperationException($"expected {Resources} items and {Resources * ChangedPerResource} properties, got {observation.Items.Length} and {properties}");
        }

        Console.WriteLine($"// digest: {_digest.Length / (1024.0 * 1024.0):F1} MiB, {observation.Items.Length} items, {properties} changed properties");
    }

    [Benchmark(Baseline = true)]
    public int BareJsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_digest);
        return document.RootElement.GetProperty("steps").GetArrayLength();
    }

    [Benchmark]
    public DriftObservation ReadAndMap()
    {
        var bag = new DiagnosticBag();
        return PulumiRefreshSource.Observe(_digest, "refresh.json", Instant.FromUtc(2026, 11, 23, 5, 31), _context, bag)
            ?? throw new InvalidOperationException(string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
    }

    private static DriftContext Context()
    {
        var resources = Enumerable.Range(0, Resources).Select(i => new DesiredResource(
            Name(i), Type, PulumiValue.Map(("displayName", PulumiValue.Text($"Bench - Rule {i}"))), ResourceOptions.None,
            SourceSpan.At("schools/Pulumi.bench.yaml", 10 + i, 5), ["MFA-01"], "A bench sign-in rule.")).ToImmutableArray();
        var desired = new DesiredState(Stack, [], resources, [], []);
        return new DriftContext(Stack, desired, DriftIgnoreRules.Default,
            ImmutableDictionary<string, DriftSeverity>.Empty.Add("MFA-01", DriftSeverity.High), "Bench - ");
    }

    private static string Name(int i) => $"ca-rule-{i}";

    private static byte[] Digest()
    {
        var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 4 }))
        {
            w.WriteStartObject();
            w.WriteStartArray("steps");
            // The root stack's step is always listed; in a refresh it stays "refresh" (a component never changes).
            var stackUrn = $"urn:pulumi:{Stack}::schoolinfra::pulumi:pulumi:Stack::schoolinfra-{Stack}";
            w.WriteStartObject();
            w.WriteString("op", "refresh");
            w.WriteString("urn", stackUrn);
            w.WritePropertyName("detailedDiff");
            w.WriteNullValue();
            w.WriteEndObject();
            for (var i = 0; i < Resources; i++)
            {
                var urn = $"urn:pulumi:{Stack}::schoolinfra::{Type}::{Name(i)}";
                w.WriteStartObject();
                w.WriteString("op", "update");
                w.WriteString("urn", urn);
                w.WriteString("provider", $"urn:pulumi:{Stack}::schoolinfra::pulumi:providers:azuread::default_6_9_1::0b9e4a52-51c4-4d5e-a1a7-9d0f5c2e7a11");
                State(w, "oldState", urn, i, changed: false);
                State(w, "newState", urn, i, changed: true);
                w.WriteStartArray("diffReasons");
                w.WriteStringValue("conditions");
                w.WriteStringValue("settings");
                w.WriteEndArray();
                w.WriteStartObject("detailedDiff");
                for (var p = 0; p < ChangedPerResource; p++)
                {
                    w.WriteStartObject(Path(p));
                    w.WriteString("kind", "update");
                    w.WriteBoolean("inputDiff", false);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("duration", 912_345_678_901);
            w.WriteStartObject("changeSummary");
            w.WriteNumber("same", 1);
            w.WriteNumber("update", Resources);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Half the changed properties sit under <c>settings</c>, half deeper under <c>conditions.users</c>.</summary>
    private static string Path(int p) => p % 2 == 0 ? $"settings.option{p}" : $"conditions.users.list{p}[1]";

    private static void State(Utf8JsonWriter w, string name, string urn, int i, bool changed)
    {
        w.WriteStartObject(name);
        w.WriteString("urn", urn);
        w.WriteBoolean("custom", true);
        w.WriteString("id", $"0d2e7c3a-5b8e-4c1a-9f6d-{i:D12}");
        w.WriteString("type", Type);
        foreach (var part in new[] { "inputs", "outputs" })
        {
            w.WriteStartObject(part);
            if (part == "inputs")
            {
                w.WriteStartArray("__defaults");
                w.WriteEndArray();
            }

            w.WriteStartObject("conditions");
            w.WriteStartArray("clientAppTypes");
            w.WriteStringValue("all");
            w.WriteEndArray();
            w.WriteStartObject("users");
            for (var p = 1; p < ChangedPerResource; p += 2)
            {
                w.WriteStartArray($"list{p}");
                w.WriteStringValue($"a1b2c3d4-0000-4000-8000-{p:D12}");
                w.WriteStringValue(changed ? $"changed-in-portal-{p}" : $"a1b2c3d4-0000-4000-8001-{p:D12}");
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("displayName", $"Bench - Rule {i}");
            w.WriteStartObject("settings");
            for (var p = 0; p < ChangedPerResource; p += 2)
            {
                w.WriteString($"option{p}", changed ? "enabledForReportingButNotEnforced" : "enabled");
            }

            w.WriteEndObject();
            w.WriteString("state", "enabled");
            w.WriteEndObject();
        }

        w.WriteString("parent", $"urn:pulumi:{Stack}::schoolinfra::pulumi:pulumi:Stack::schoolinfra-{Stack}");
        w.WriteString("provider", $"urn:pulumi:{Stack}::schoolinfra::pulumi:providers:azuread::default_6_9_1::0b9e4a52-51c4-4d5e-a1a7-9d0f5c2e7a11");
        w.WriteString("created", "0001-01-01T00:00:00Z");
        w.WriteString("modified", "0001-01-01T00:00:00Z");
        w.WriteEndObject();
    }
}
