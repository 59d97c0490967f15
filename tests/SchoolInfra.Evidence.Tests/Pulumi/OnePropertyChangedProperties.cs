using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Pulumi;
using static SchoolInfra.Evidence.Tests.Pulumi.PulumiFixtures;

namespace SchoolInfra.Evidence.Tests.Pulumi;

/// <summary>
/// Property: take the example's no-drift refresh digest, change one property of one resource the way Pulumi reports
/// it (the step becomes an <c>update</c> whose new state holds the live value, with a detailed diff for that path),
/// and exactly one drift item names exactly that path.
/// </summary>
public sealed class OnePropertyChangedProperties
{
    private static readonly JsonNode NoDrift = JsonNode.Parse(Text("refresh-no-drift.json"))!;

    /// <summary>(step index, property path) for every leaf input of every cloud resource, bookkeeping left out.</summary>
    private static readonly (int Step, string Path)[] Leaves = [.. FindLeaves()];

    public static Arbitrary<(int Step, string Path, string NewValue)> Changes() =>
        (from leaf in Gen.Elements(Leaves)
         from value in Gen.Elements("changed in the portal", "x", "Disabled", "ünïcode")
         select (leaf.Step, leaf.Path, value)).ToArbitrary();

    [Property(MaxTest = 80, Arbitrary = [typeof(OnePropertyChangedProperties)])]
    public bool ChangingOneProperty_GivesExactlyOneItemNamingThatPath((int Step, string Path, string NewValue) change)
    {
        var digest = NoDrift.DeepClone();
        var step = digest["steps"]![change.Step]!;
        var urn = step["urn"]!.GetValue<string>();
        var newState = step["newState"]!.DeepClone();
        Set(newState["inputs"]!, change.Path, change.NewValue);
        step["op"] = "update";
        step["newState"] = newState;
        step["diffReasons"] = new JsonArray(change.Path.Split('.', '[')[0]);
        step["detailedDiff"] = new JsonObject { [change.Path] = new JsonObject { ["kind"] = "update", ["inputDiff"] = false } };
        var summary = digest["changeSummary"]!;
        summary["same"] = summary["same"]!.GetValue<int>() - 1;
        summary["update"] = 1;

        var bag = new DiagnosticBag();
        var observation = PulumiRefreshSource.Observe(Encoding.UTF8.GetBytes(digest.ToJsonString()), "refresh.json", RunAt, Context(), bag);
        var item = Assert.Single(observation!.Items);
        var property = Assert.Single(item.Properties);
        return !bag.HasErrors
            && item.Resource.Address == urn
            && item.Kind == DriftKind.ChangedOutsidePipeline
            && property.Path == change.Path
            && property.Live.Text == change.NewValue;
    }

    private static IEnumerable<(int, string)> FindLeaves()
    {
        var steps = NoDrift["steps"]!.AsArray();
        for (var i = 0; i < steps.Count; i++)
        {
            var state = steps[i]!["oldState"]!;
            var type = state["type"]!.GetValue<string>();
            if (state["custom"]!.GetValue<bool>() && !type.StartsWith("pulumi:providers:", StringComparison.Ordinal) && state["inputs"] is JsonObject inputs)
            {
                foreach (var path in Paths(inputs, string.Empty))
                {
                    yield return (i, path);
                }
            }
        }
    }

    private static IEnumerable<string> Paths(JsonNode node, string prefix)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (!DriftBookkeeping.IsBookkeepingName(key) && value is not null)
                    {
                        foreach (var path in Paths(value, prefix.Length == 0 ? key : $"{prefix}.{key}"))
                        {
                            yield return path;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item)
                    {
                        foreach (var path in Paths(item, $"{prefix}[{i}]"))
                        {
                            yield return path;
                        }
                    }
                }

                break;
            default:
                yield return prefix;
                break;
        }
    }

    private static void Set(JsonNode inputs, string path, string value)
    {
        var segments = PropertyPaths.Segments(path);
        var node = inputs;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            node = PropertyPaths.IsIndex(segments[i]) ? node[int.Parse(segments[i], System.Globalization.CultureInfo.InvariantCulture)]! : node[segments[i]]!;
        }

        var last = segments[^1];
        if (PropertyPaths.IsIndex(last))
        {
            node[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }
    }
}
