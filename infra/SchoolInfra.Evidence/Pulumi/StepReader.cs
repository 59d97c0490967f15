using System.Collections.Immutable;
using System.Text.Json;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Reads the parts digests and engine events share: resource states (<c>ResourceV3</c> in a digest,
/// <c>StepEventStateMetadata</c> in events) and detailed diffs (<c>kind</c> in a digest, <c>diffKind</c> in events).
/// </summary>
internal static class StepReader
{
    /// <summary>The step operations Pulumi writes (pkg/resource/deploy/step.go); anything else is an error.</summary>
    public static readonly ImmutableHashSet<string> KnownOps = ImmutableHashSet.Create(StringComparer.Ordinal,
        "same", "create", "update", "delete", "replace", "create-replacement", "delete-replaced", "read", "read-replacement",
        "refresh", "discard", "discard-replaced", "remove-pending-replace", "import", "import-replacement", "diff",
        "extend-parameterize");

    /// <summary>The diff kinds Pulumi writes (sdk/go/common/resource/plugin/provider.go <c>DiffKind.String</c>).</summary>
    public static readonly ImmutableHashSet<string> KnownDiffKinds = ImmutableHashSet.Create(StringComparer.Ordinal,
        "add", "add-replace", "delete", "delete-replace", "update", "update-replace");

    /// <summary>The same kinds, compared against the JSON in place so that no string is made per entry.</summary>
    private static readonly string[] DiffKinds = ["update", "add", "delete", "update-replace", "add-replace", "delete-replace"];

    public static StateRecord? State(JsonShape shape, JsonElement parent, string name, JsonPath at)
    {
        if (shape.Object(parent, name, at) is not { } state)
        {
            return null;
        }

        var path = at.Property(name);
        var urn = shape.RequiredString(state, PulumiJson.Urn, path, "resource state");
        var type = shape.String(state, PulumiJson.Type, path) ?? Urns.Type(urn);
        var id = shape.String(state, PulumiJson.Id, path);
        return new StateRecord(
            urn,
            type,
            string.IsNullOrEmpty(id) ? null : id,
            shape.Bool(state, PulumiJson.Custom, path),
            shape.Bool(state, PulumiJson.External, path),
            shape.Object(state, PulumiJson.Inputs, path),
            shape.Object(state, PulumiJson.Outputs, path));
    }

    /// <summary>A <c>detailedDiff</c> map; null when absent or JSON null (the provider gave none).</summary>
    public static ImmutableArray<DiffRecord>? DetailedDiff(JsonShape shape, JsonElement parent, JsonPath at, string kindName)
    {
        if (shape.Object(parent, PulumiJson.DetailedDiff, at) is not { } map)
        {
            return null;
        }

        var path = at.Property(PulumiJson.DetailedDiff);
        var builder = ImmutableArray.CreateBuilder<DiffRecord>();
        foreach (var entry in map.EnumerateObject())
        {
            if (WellFormed(entry, kindName) is { } diff)
            {
                builder.Add(diff);
                continue;
            }

            // Something is wrong with this entry: read it again field by field to say what and where.
            var entryPath = path.Property(entry.Name);
            if (entry.Value.ValueKind != JsonValueKind.Object)
            {
                shape.Error(PulumiDiagnostics.WrongShape(shape.At(entryPath), entry.Name, "an object with kind and inputDiff", JsonShape.Describe(entry.Value)));
                continue;
            }

            var kind = shape.RequiredString(entry.Value, kindName, entryPath, "property diff");
            if (kind.Length > 0 && !KnownDiffKinds.Contains(kind))
            {
                shape.Error(PulumiDiagnostics.WrongShape(shape.At(entryPath.Property(kindName)), kindName,
                    "add, delete or update (optionally with -replace)", $"\"{kind}\""));
            }

            builder.Add(new DiffRecord(entry.Name, kind, shape.Bool(entry.Value, PulumiJson.InputDiff, entryPath)));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// An entry that is an object with a known kind and, when given, a boolean <c>inputDiff</c> (almost every entry),
    /// read without building paths for messages; null when anything is off, and the caller reports it.
    /// </summary>
    private static DiffRecord? WellFormed(JsonProperty property, string kindName)
    {
        var entry = property.Value;
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(kindName, out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string? known = null;
        foreach (var candidate in DiffKinds)
        {
            if (kind.ValueEquals(candidate))
            {
                known = candidate;
                break;
            }
        }

        if (known is null)
        {
            return null;
        }

        var inputDiff = false;
        if (entry.TryGetProperty(PulumiJson.InputDiff, out var flag))
        {
            if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            {
                return null;
            }

            inputDiff = flag.ValueKind == JsonValueKind.True;
        }

        return new DiffRecord(property.Name, known, inputDiff);
    }

    /// <summary>Checks a step operation; an unknown one is an error (a newer CLI whose output we would misread).</summary>
    public static string Op(JsonShape shape, JsonElement parent, JsonPath at)
    {
        var op = shape.RequiredString(parent, PulumiJson.Op, at, "step");
        if (op.Length > 0 && !KnownOps.Contains(op))
        {
            shape.Error(PulumiDiagnostics.UnknownOp(shape.At(at.Property(PulumiJson.Op)), op));
        }

        return op;
    }
}
