using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// The saved form of a <see cref="DriftResult"/>: what <c>schoolinfra drift --format json</c> prints and
/// <c>--save</c> writes to <c>schools/&lt;stack&gt;/live/drift.json</c>, and what <c>validate</c> and <c>report</c>
/// read back. It carries a format version (<see cref="DriftResult.FormatVersion"/>); an unknown one is an error.
/// Keys are in a fixed order; values are the drift model's, enum values in camel case, times in ISO 8601 (UTC).
/// </summary>
public static class DriftResultJson
{
    private const string VersionKey = "schoolinfraDrift";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(DriftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteNumber(VersionKey, DriftResult.FormatVersion);
            w.WriteString("stack", result.Stack);
            w.WriteString("checkedAt", InstantPattern.ExtendedIso.Format(result.CheckedAt));
            w.WriteBoolean("hasDrift", result.HasDrift);
            w.WriteStartArray("sources");
            foreach (var s in result.Sources)
            {
                w.WriteStartObject();
                w.WriteString("kind", ConfigNaming.EnumValue(s.Kind));
                w.WriteString("file", s.File);
                w.WriteString("observedAt", InstantPattern.ExtendedIso.Format(s.ObservedAt));
                w.WriteNumber("resourcesRead", s.ResourcesRead);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                w.WriteStartObject();
                w.WriteString("kind", ConfigNaming.EnumValue(item.Kind));
                WriteResource(w, item.Resource);
                w.WriteString("nextDeploy", ConfigNaming.EnumValue(item.NextDeploy));
                w.WriteString("severity", ConfigNaming.EnumValue(item.Severity));
                w.WriteString("whoActs", ConfigNaming.EnumValue(item.WhoActs));
                w.WriteString("observedBy", ConfigNaming.EnumValue(item.Source));
                w.WriteString("note", item.Note);
                w.WriteStartArray("properties");
                foreach (var p in item.Properties)
                {
                    WriteProperty(w, p);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ignored");
            foreach (var ignored in result.Ignored)
            {
                w.WriteStartObject();
                w.WriteString("rule", ignored.Rule);
                w.WriteString("reason", ignored.Reason);
                WriteResource(w, ignored.Resource);
                w.WritePropertyName("property");
                WriteProperty(w, ignored.Property);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Reads a saved result; null (with diagnostics) when it is not one, has an unknown version or is for another stack.</summary>
    public static DriftResult? Read(ReadOnlyMemory<byte> bytes, string display, string stack, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = SourceSpan.At(display, 1, 1);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(VersionKey, out var version))
            {
                diagnostics.Add(DriftDiagnostics.NotADriftResult(at));
                return null;
            }

            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != DriftResult.FormatVersion)
            {
                diagnostics.Add(DriftDiagnostics.UnknownResultVersion(at, version.GetRawText()));
                return null;
            }

            var reader = new Reader(at, diagnostics);
            var found = reader.Text(root, "stack");
            if (found != stack)
            {
                diagnostics.Add(DriftDiagnostics.ResultForOtherStack(at, found, stack));
                return null;
            }

            var result = new DriftResult(
                found,
                reader.Time(root, "checkedAt"),
                [.. reader.Array(root, "sources").Select(s => new ObservationSource(reader.Enum<ObservationKind>(s, "kind"), reader.Text(s, "file"), reader.Time(s, "observedAt"), reader.Int(s, "resourcesRead")))],
                [.. reader.Array(root, "items").Select(i => new DriftItem(
                    reader.Resource(i),
                    reader.Enum<DriftKind>(i, "kind"),
                    [.. reader.Array(i, "properties").Select(reader.Property)],
                    reader.Enum<NextDeploy>(i, "nextDeploy"),
                    reader.Enum<DriftSeverity>(i, "severity"),
                    reader.Enum<SchoolRole>(i, "whoActs"),
                    reader.Enum<ObservationKind>(i, "observedBy"),
                    reader.Text(i, "note")))],
                [.. reader.Array(root, "ignored").Select(g => new IgnoredDrift(reader.Resource(g), reader.Property(reader.Object(g, "property")), reader.Text(g, "rule"), reader.Text(g, "reason")))]);
            return reader.Failed ? null : result;
        }
        catch (JsonException e)
        {
            diagnostics.Add(DriftDiagnostics.NotADriftResult(SourceSpan.At(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1)));
            return null;
        }
    }

    private static void WriteResource(Utf8JsonWriter w, DriftResource r)
    {
        w.WriteString("address", r.Address);
        w.WriteString("type", r.Type);
        w.WriteString("logicalName", r.LogicalName);
        w.WriteString("displayName", r.DisplayName);
        w.WriteString("purpose", r.Purpose);
        w.WriteStartArray("controls");
        foreach (var c in r.Controls)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        w.WriteStartObject("declaredAt");
        w.WriteString("file", r.Source.File);
        w.WriteNumber("line", r.Source.Line);
        w.WriteNumber("column", r.Source.Column);
        w.WriteNumber("endLine", r.Source.EndLine);
        w.WriteNumber("endColumn", r.Source.EndColumn);
        w.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter w, PropertyDrift p)
    {
        w.WriteStartObject();
        w.WriteString("path", p.Path);
        w.WriteString("change", ConfigNaming.EnumValue(p.Change));
        WriteValue(w, "declared", p.Declared);
        WriteValue(w, "live", p.Live);
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, DriftValue value)
    {
        w.WriteStartObject(name);
        w.WriteString("kind", ConfigNaming.EnumValue(value.Kind));
        if (value.IsKnown)
        {
            w.WritePropertyName("value");
            w.WriteRawValue(value.Json, skipInputValidation: false);
        }

        w.WriteEndObject();
    }

    /// <summary>Typed reads of the saved form; a wrong value is one diagnostic and the read fails.</summary>
    private sealed class Reader(SourceSpan at, DiagnosticBag diagnostics)
    {
        private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public bool Failed { get; private set; }

        public string Text(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : Bad(name, "text", string.Empty);

        public static string? OptionalText(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        public int Int(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : Bad(name, "a whole number", 0);

        public Instant Time(JsonElement e, string name) =>
            InstantPattern.ExtendedIso.Parse(Text(e, name)) is { Success: true } parsed ? parsed.Value : Bad(name, "a time such as 2026-11-23T05:31:00Z", Instant.MinValue);

        public JsonElement Object(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : Bad(name, "an object", default(JsonElement));

        public IEnumerable<JsonElement> Array(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : Bad(name, "a list", Enumerable.Empty<JsonElement>());

        public T Enum<T>(JsonElement e, string name)
            where T : struct, System.Enum
        {
            var text = Text(e, name);
            foreach (var value in System.Enum.GetValues<T>())
            {
                if (ConfigNaming.EnumValue(value) == text)
                {
                    return value;
                }
            }

            return Bad(name, string.Join(", ", ConfigNaming.EnumValues(typeof(T))), default(T));
        }

        public DriftResource Resource(JsonElement e)
        {
            var span = Object(e, "declaredAt");
            var source = span.ValueKind == JsonValueKind.Object
                ? new SourceSpan(Text(span, "file"), Int(span, "line"), Int(span, "column"), Int(span, "endLine"), Int(span, "endColumn"))
                : SourceSpan.None;
            return new DriftResource(Text(e, "address"), Text(e, "type"), OptionalText(e, "logicalName"), Text(e, "displayName"), Text(e, "purpose"),
                source.IsKnown ? source : SourceSpan.None, [.. Array(e, "controls").Select(c => c.GetString() ?? string.Empty)]);
        }

        public PropertyDrift Property(JsonElement e) =>
            new(Text(e, "path"), Enum<PropertyChange>(e, "change"), Value(Object(e, "declared")), Value(Object(e, "live")));

        private DriftValue Value(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                return DriftValue.Absent;
            }

            return Enum<DriftValueKind>(e, "kind") switch
            {
                DriftValueKind.Known when e.TryGetProperty("value", out var v) => DriftValue.Known(CompactJson(v)),
                DriftValueKind.Known => Bad("value", "a value", DriftValue.Absent),
                DriftValueKind.Secret => DriftValue.Secret,
                DriftValueKind.KnownAfterDeploy => DriftValue.KnownAfterDeploy,
                _ => DriftValue.Absent,
            };
        }

        private static string CompactJson(JsonElement value)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, Compact))
            {
                value.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        private TResult Bad<TResult>(string field, string expected, TResult fallback)
        {
            if (!Failed)
            {
                diagnostics.Add(DriftDiagnostics.BadResultValue(at, field, expected));
            }

            Failed = true;
            return fallback;
        }
    }
}
