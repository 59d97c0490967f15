using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Reports.Drift;

/// <summary>
/// Drift as SARIF 2.1.0 for GitHub code scanning: one rule per kind of drift, one result per item pointing at the
/// stack-file lines the resource came from (the stack file's first line when it is not declared), its message the
/// item's plain-English sentence. High severity is an error, medium a warning, low a note.
/// </summary>
public static class DriftSarifWriter
{
    private static readonly DriftKind[] Kinds = Enum.GetValues<DriftKind>();

    public static string Write(DriftResult result, SchoolConfig config, string stackFile)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(config);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "SchoolInfra drift");
            w.WriteStartArray("rules");
            foreach (var kind in Kinds)
            {
                w.WriteStartObject();
                w.WriteString("id", RuleId(kind));
                w.WriteString("name", DriftReportBuilder.Kind(kind));
                Text(w, "shortDescription", DriftReportBuilder.Kind(kind));
                Text(w, "fullDescription", Describe(kind));
                Text(w, "help", Help(kind));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var item in result.Items)
            {
                WriteResult(w, item, config, stackFile);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string Help(DriftKind kind) => kind switch
    {
        DriftKind.Unmanaged => "Declare it in the stack file in a pull request if it should stay, or remove it from the live system.",
        DriftKind.Unreadable => "Check that the read-only identity of the drift check can still read it, then run the drift check again.",
        _ => "Run the deploy to put the declared settings back, or make the change in the stack file in a pull request.",
    };

    private static void WriteResult(Utf8JsonWriter w, DriftItem item, SchoolConfig config, string stackFile)
    {
        var span = item.Resource.Source;
        w.WriteStartObject();
        w.WriteString("ruleId", RuleId(item.Kind));
        w.WriteNumber("ruleIndex", Array.IndexOf(Kinds, item.Kind));
        w.WriteString("level", item.Severity switch
        {
            DriftSeverity.High => "error",
            DriftSeverity.Medium => "warning",
            _ => "note",
        });
        Text(w, "message", DriftReportBuilder.Sentence(item, config.Roles));
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", span.IsKnown ? span.File : stackFile);
        w.WriteEndObject();
        w.WriteStartObject("region");
        var line = span.IsKnown ? span.Line : 1;
        var column = span.IsKnown ? Math.Max(1, span.Column) : 1;
        var endLine = span.IsKnown ? Math.Max(line, span.EndLine) : line;
        w.WriteNumber("startLine", line);
        w.WriteNumber("startColumn", column);
        w.WriteNumber("endLine", endLine);
        w.WriteNumber("endColumn", endLine == line ? Math.Max(column + 1, span.IsKnown ? span.EndColumn : column + 1) : Math.Max(1, span.EndColumn));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        // Stable across runs, so code scanning tracks one alert per resource and kind of drift.
        w.WriteStartObject("partialFingerprints");
        w.WriteString("driftResource/v1", $"{item.Resource.Address}#{ConfigNaming.EnumValue(item.Kind)}");
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("resource", item.Resource.LogicalName ?? item.Resource.Address);
        w.WriteString("type", item.Resource.Type);
        w.WriteStartArray("controls");
        foreach (var control in item.Controls)
        {
            w.WriteStringValue(control);
        }

        w.WriteEndArray();
        w.WriteString("nextDeploy", ConfigNaming.EnumValue(item.NextDeploy));
        w.WriteString("whoActs", ConfigNaming.EnumValue(item.WhoActs));
        w.WriteStartArray("properties");
        foreach (var p in item.Properties)
        {
            w.WriteStartObject();
            w.WriteString("path", p.Path);
            w.WriteString("declared", p.Declared.Display);
            w.WriteString("live", p.Live.Display);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string RuleId(DriftKind kind) => "drift/" + ConfigNaming.EnumValue(kind);

    private static string Describe(DriftKind kind) => kind switch
    {
        DriftKind.ChangedOutsidePipeline => "A setting the school declared was changed in the live system outside the pipeline.",
        DriftKind.DeletedOutsidePipeline => "Something the school declared was deleted from the live system outside the pipeline.",
        DriftKind.Unmanaged => "The live system has something the school did not declare.",
        _ => "A declared resource could not be read, so whether it drifted is unknown.",
    };

    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text.Length > 1024 ? text[..1021] + "..." : text);
        w.WriteEndObject();
    }
}
