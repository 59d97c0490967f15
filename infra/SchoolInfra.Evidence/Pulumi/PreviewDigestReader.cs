using System.Collections.Immutable;
using System.Text.Json;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Reads a <c>PreviewDigest</c>: the one JSON document that <c>pulumi refresh --preview-only --json</c> and
/// <c>pulumi preview --refresh --json</c> print (pulumi-contract.md C.2-C.6; Go type <c>display.PreviewDigest</c>,
/// written by <c>ShowPreviewDigest</c> in pkg/backend/display/json.go, indented with four spaces). Parsed once with
/// <see cref="JsonDocument"/>; values are read in place.
/// </summary>
internal static class PreviewDigestReader
{
    public static PulumiDocument? Read(JsonDocument document, JsonShape shape)
    {
        var root = document.RootElement;
        var at = JsonPath.Root();
        var steps = ImmutableArray.CreateBuilder<StepRecord>();
        if (shape.Array(root, PulumiJson.Steps, at) is { } array)
        {
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var stepAt = at.Property(PulumiJson.Steps).Index(i++);
                if (element.ValueKind != JsonValueKind.Object)
                {
                    shape.Error(PulumiDiagnostics.WrongShape(shape.At(stepAt), PulumiJson.Steps, "a list of steps", $"a list holding {JsonShape.Describe(element)}"));
                    continue;
                }

                steps.Add(Step(shape, element, stepAt));
            }
        }

        var diagnostics = Diagnostics(shape, root, at);
        var summary = shape.Counts(root, PulumiJson.ChangeSummary, at);
        var maybeCorrupt = shape.Bool(root, PulumiJson.MaybeCorrupt, at);
        _ = shape.Number(root, PulumiJson.Duration, at);
        _ = shape.Object(root, PulumiJson.Config, at);
        if (shape.Failed)
        {
            return null;
        }

        var all = steps.ToImmutable();
        var run = new PulumiRun(RunClassifier.Classify(all), all, summary, maybeCorrupt, diagnostics, null, at.Property(PulumiJson.ChangeSummary));
        return new PulumiDocument(run, [document]);
    }

    private static StepRecord Step(JsonShape shape, JsonElement step, JsonPath at)
    {
        var op = StepReader.Op(shape, step, at);
        var urn = shape.RequiredString(step, PulumiJson.Urn, at, "step");
        var old = StepReader.State(shape, step, PulumiJson.OldState, at);
        var @new = StepReader.State(shape, step, PulumiJson.NewState, at);
        var type = @new?.Type ?? old?.Type ?? Urns.Type(urn);
        return new StepRecord(op, urn, type, old, @new,
            shape.Strings(step, PulumiJson.DiffReasons, at),
            shape.Strings(step, PulumiJson.ReplaceReasons, at),
            StepReader.DetailedDiff(shape, step, at, PulumiJson.Kind),
            at);
    }

    private static ImmutableArray<DiagnosticRecord> Diagnostics(JsonShape shape, JsonElement root, JsonPath at)
    {
        if (shape.Array(root, PulumiJson.Diagnostics, at) is not { } array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<DiagnosticRecord>();
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = at.Property(PulumiJson.Diagnostics).Index(i++);
            if (element.ValueKind != JsonValueKind.Object)
            {
                shape.Error(PulumiDiagnostics.WrongShape(shape.At(path), PulumiJson.Diagnostics, "a list of messages", $"a list holding {JsonShape.Describe(element)}"));
                continue;
            }

            var urn = shape.String(element, PulumiJson.Urn, path);
            builder.Add(new DiagnosticRecord(string.IsNullOrEmpty(urn) ? null : urn,
                ColourMarkup.Strip(shape.String(element, PulumiJson.Message, path) ?? string.Empty),
                shape.String(element, PulumiJson.Severity, path) ?? "info", path));
        }

        return builder.ToImmutable();
    }
}
