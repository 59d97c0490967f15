using System.Text.Json;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Reads any Pulumi JSON output that can show drift and says which it is: a <c>PreviewDigest</c> (one object whose
/// first key is a digest field), or engine events (objects whose first key is <c>sequence</c>, <c>timestamp</c> or
/// <c>type</c>, or the Cloud API's <c>events</c> wrapper). A state file (stack export, checkpoint) is refused here:
/// it holds resource ids, not drift (read it with <see cref="StackStateReader"/>). Anything else, an empty or
/// cut-short file, or invalid JSON, is an error with file, line and column.
/// </summary>
internal static class PulumiOutputReader
{
    public static PulumiDocument? Read(ReadOnlyMemory<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        var positions = new JsonPositions(bytes, display);
        var shape = new JsonShape(positions, diagnostics);
        var first = FirstPropertyName(bytes.Span, positions, shape, out var empty);
        if (shape.Failed)
        {
            return null;
        }

        if (empty)
        {
            shape.Error(PulumiDiagnostics.Truncated(positions.AtEnd()));
            return null;
        }

        return first is PulumiJson.Sequence or PulumiJson.Timestamp or PulumiJson.Type or PulumiJson.Events
            ? ReadEvents(bytes, positions, shape)
            : ReadDigest(bytes, positions, shape);
    }

    private static PulumiDocument? ReadDigest(ReadOnlyMemory<byte> bytes, JsonPositions positions, JsonShape shape)
    {
        JsonDocument document;
        try
        {
            // One parse of the whole file: JsonDocument keeps the bytes where they are and indexes them.
            document = JsonDocument.Parse(bytes, PulumiJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            shape.Error(positions.ForException(e, 0));
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || StackStateReader.IsState(root) || EngineEventReader.IsEventStream(root)
            || !(root.TryGetProperty(PulumiJson.Steps, out _) || root.TryGetProperty(PulumiJson.ChangeSummary, out _)))
        {
            document.Dispose();
            shape.Error(PulumiDiagnostics.UnknownDocument(positions.AtOffset(0)));
            return null;
        }

        var read = PreviewDigestReader.Read(document, shape);
        if (read is null)
        {
            document.Dispose();
        }

        return read;
    }

    private static PulumiDocument? ReadEvents(ReadOnlyMemory<byte> bytes, JsonPositions positions, JsonShape shape)
    {
        var values = new List<(JsonDocument, int)>();
        var reader = new Utf8JsonReader(bytes.Span, new JsonReaderOptions { MaxDepth = PulumiJson.MaxDepth, AllowMultipleValues = true });
        try
        {
            while (reader.Read())
            {
                var offset = (int)reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    shape.Error(PulumiDiagnostics.UnknownDocument(positions.AtOffset(offset)));
                    break;
                }

                values.Add((JsonDocument.ParseValue(ref reader), offset));
                if (!EngineEventReader.IsEventStream(values[^1].Item1.RootElement))
                {
                    shape.Error(PulumiDiagnostics.UnknownDocument(positions.AtOffset(offset)));
                    break;
                }
            }
        }
        catch (JsonException e)
        {
            shape.Error(positions.ForException(e, 0));
        }

        var read = shape.Failed ? null : EngineEventReader.Read(values, shape);
        if (read is null)
        {
            foreach (var (document, _) in values)
            {
                document.Dispose();
            }
        }

        return read;
    }

    /// <summary>The first property name of the first object, read without parsing the rest.</summary>
    private static string? FirstPropertyName(ReadOnlySpan<byte> bytes, JsonPositions positions, JsonShape shape, out bool empty)
    {
        empty = false;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = PulumiJson.MaxDepth, AllowMultipleValues = true });
        try
        {
            if (!reader.Read())
            {
                empty = true;
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                shape.Error(PulumiDiagnostics.UnknownDocument(positions.AtOffset(reader.TokenStartIndex)));
                return null;
            }

            return reader.Read() && reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
        }
        catch (JsonException e)
        {
            shape.Error(positions.ForException(e, 0));
            return null;
        }
    }
}
