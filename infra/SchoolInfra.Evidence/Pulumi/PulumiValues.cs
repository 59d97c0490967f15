using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Property values from Pulumi's JSON as drift shows them: a value at a <c>detailedDiff</c> path, with secrets
/// hidden (<c>"[secret]"</c> in digests, signature objects in events and state), preview unknowns as "known after
/// deploy", JSON null as absent, and bridge bookkeeping (<c>__defaults</c>) left out of objects.
/// </summary>
internal static class PulumiValues
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        // Display names with accents or dashes stay readable; templates escape for HTML and Markdown.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = PulumiJson.MaxDepth,
    };

    /// <summary>The value at a property path (<c>a.b[0]</c>) inside an inputs or outputs object, walked in place.</summary>
    public static DriftValue At(JsonElement? map, string path)
    {
        if (map is not { } current)
        {
            return DriftValue.Absent;
        }

        var position = 0;
        while (PropertyPaths.Next(path, ref position, out var segment))
        {
            if (!Into(ref current, segment, out var stop))
            {
                return stop;
            }
        }

        return Of(current);
    }

    /// <summary>The value at a path already split into segments.</summary>
    public static DriftValue At(JsonElement? map, IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (map is not { } current)
        {
            return DriftValue.Absent;
        }

        foreach (var segment in segments)
        {
            if (!Into(ref current, segment, out var stop))
            {
                return stop;
            }
        }

        return Of(current);
    }

    /// <summary>One step down a path; false, with what the path reads as, when it cannot go further.</summary>
    private static bool Into(ref JsonElement current, ReadOnlySpan<char> segment, out DriftValue stop)
    {
        if (IsSecret(current))
        {
            // A secret hides everything inside it.
            stop = DriftValue.Secret;
            return false;
        }

        if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
        {
            current = child;
            stop = DriftValue.Absent;
            return true;
        }

        if (current.ValueKind == JsonValueKind.Array && PropertyPaths.IsIndex(segment)
            && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index < current.GetArrayLength())
        {
            current = current[index];
            stop = DriftValue.Absent;
            return true;
        }

        stop = current.ValueKind == JsonValueKind.String && current.ValueEquals(PulumiJson.UnknownValue)
            ? DriftValue.KnownAfterDeploy
            : DriftValue.Absent;
        return false;
    }

    /// <summary>One value as drift shows it.</summary>
    public static DriftValue Of(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return DriftValue.Absent;
            case JsonValueKind.String when value.ValueEquals(PulumiJson.SecretText):
                return DriftValue.Secret;
            case JsonValueKind.String when value.ValueEquals(PulumiJson.UnknownValue):
                return DriftValue.KnownAfterDeploy;
            case JsonValueKind.Object when IsSecret(value):
                return DriftValue.Secret;
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return DriftValue.Known(value.GetRawText());
            default:
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
                {
                    Write(writer, value);
                }

                return DriftValue.Known(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    /// <summary>A serialized secret: <c>{"4dabf...": "1b47...", "ciphertext" | "plaintext": ...}</c>.</summary>
    public static bool IsSecret(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty(PulumiJson.SigKey, out var sig)
        && sig.ValueKind == JsonValueKind.String
        && sig.ValueEquals(PulumiJson.SecretSig);

    private static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when IsSecret(value):
                writer.WriteStringValue(PulumiJson.SecretText);
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    if (DriftBookkeeping.IsBookkeepingName(property.Name))
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String when value.ValueEquals(PulumiJson.UnknownValue):
                writer.WriteStringValue("(known after deploy)");
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
