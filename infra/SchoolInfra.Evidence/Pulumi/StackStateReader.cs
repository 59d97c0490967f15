using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Inputs;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Reads a stack's saved state for its resource ids: <c>pulumi stack export</c>
/// (<c>{"version": 3|4, "deployment": {...}}</c>, <c>apitype.UntypedDeployment</c>) or a local backend's state file
/// (<c>{"version": 3, "checkpoint": {"stack", "latest": {...}}}</c>, <c>apitype.VersionedCheckpoint</c>;
/// pulumi-contract.md C.6 item 11). Versions 1 and 2 are too old, above 4 unknown: both are errors.
/// </summary>
public static class StackStateReader
{
    private const int OldestVersion = 3;
    private const int NewestVersion = 4;

    /// <summary>Reads a state file; null (with diagnostics) when it cannot be read completely.</summary>
    public static StackState? Read(SafeFileReader reader, string path, string display, DiagnosticBag diagnostics)
    {
        var bytes = EvidenceFile.ReadBytes(reader, path, display, diagnostics);
        return bytes is null ? null : Read(bytes, display, diagnostics);
    }

    /// <summary>Reads state from bytes already in memory.</summary>
    public static StackState? Read(ReadOnlyMemory<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        var positions = new JsonPositions(bytes, display);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, PulumiJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            diagnostics.Add(positions.ForException(e, 0));
            return null;
        }

        using (document)
        {
            var shape = new JsonShape(positions, diagnostics);
            var root = document.RootElement;
            var at = JsonPath.Root();
            if (root.ValueKind != JsonValueKind.Object || !IsState(root))
            {
                shape.Error(PulumiDiagnostics.UnknownDocument(positions.AtOffset(0)));
                return null;
            }

            var version = shape.Number(root, PulumiJson.Version, at);
            if (version is not { } v || v < OldestVersion || v > NewestVersion)
            {
                shape.Error(PulumiDiagnostics.UnsupportedStateVersion(positions.At(at.Property(PulumiJson.Version)), (int)Math.Clamp(version ?? 0, int.MinValue, int.MaxValue)));
                return null;
            }

            var (deployment, deploymentAt, stack) = Deployment(shape, root, at);
            var state = deployment is { } d ? Resources(shape, d, deploymentAt, stack) : new StackState(stack, string.Empty, []);
            return shape.Failed ? null : state;
        }
    }

    /// <summary>Whether a top-level object is a stack export or a checkpoint.</summary>
    internal static bool IsState(JsonElement root) =>
        root.TryGetProperty(PulumiJson.Version, out _)
        && (root.TryGetProperty(PulumiJson.Deployment, out _) || root.TryGetProperty(PulumiJson.Checkpoint, out _));

    private static (JsonElement? Deployment, JsonPath At, string Stack) Deployment(JsonShape shape, JsonElement root, JsonPath at)
    {
        if (shape.Object(root, PulumiJson.Checkpoint, at) is { } checkpoint)
        {
            var checkpointAt = at.Property(PulumiJson.Checkpoint);
            // A qualified name (organization/project/stack) in newer state files: keep the stack.
            var qualified = shape.String(checkpoint, PulumiJson.Stack, checkpointAt) ?? string.Empty;
            var stack = qualified[(qualified.LastIndexOf('/') + 1)..];
            return (shape.Object(checkpoint, PulumiJson.Latest, checkpointAt), checkpointAt.Property(PulumiJson.Latest), stack);
        }

        return (shape.Object(root, PulumiJson.Deployment, at), at.Property(PulumiJson.Deployment), string.Empty);
    }

    private static StackState Resources(JsonShape shape, JsonElement deployment, JsonPath at, string stack)
    {
        var version = shape.Object(deployment, PulumiJson.Manifest, at) is { } manifest
            ? shape.String(manifest, PulumiJson.Version, at.Property(PulumiJson.Manifest)) ?? string.Empty
            : string.Empty;
        var resources = ImmutableArray.CreateBuilder<StateResource>();
        if (shape.Array(deployment, PulumiJson.Resources, at) is { } array)
        {
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var path = at.Property(PulumiJson.Resources).Index(i++);
                if (element.ValueKind != JsonValueKind.Object)
                {
                    shape.Error(PulumiDiagnostics.WrongShape(shape.At(path), PulumiJson.Resources, "a list of resources", $"a list holding {JsonShape.Describe(element)}"));
                    continue;
                }

                var urn = shape.RequiredString(element, PulumiJson.Urn, path, "resource");
                var id = shape.String(element, PulumiJson.Id, path);
                resources.Add(new StateResource(
                    urn,
                    shape.String(element, PulumiJson.Type, path) ?? Urns.Type(urn),
                    string.IsNullOrEmpty(id) ? null : id,
                    shape.Bool(element, PulumiJson.Custom, path),
                    shape.Bool(element, PulumiJson.External, path),
                    shape.Bool(element, "protect", path)));
            }
        }

        var name = stack.Length > 0 ? stack : resources.Select(r => Urns.Stack(r.Urn)).FirstOrDefault(s => s.Length > 0) ?? string.Empty;
        return new StackState(name, version.ToString(CultureInfo.InvariantCulture), resources.ToImmutable());
    }
}
