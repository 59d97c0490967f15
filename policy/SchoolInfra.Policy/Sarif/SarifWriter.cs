using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Sarif;

/// <summary>
/// Writes a <see cref="ComplianceResult"/> as SARIF 2.1.0 for GitHub code scanning: one run, tool driver
/// "SchoolInfra" whose rules are the controls (and the SI codes that occurred), and one result per control that
/// is not met, partial or without evidence, and per diagnostic. GitHub needs, per rule, shortDescription,
/// fullDescription and help text (at most 1024 characters), and per result a message and a location whose
/// artifactLocation.uri is relative to the repository root with a region (docs.github.com, "SARIF support for
/// code scanning"); a result whose lines are in the pull request's diff is shown on the pull request.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(ComplianceResult result, string stackFile)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "SchoolInfra");
            w.WriteString("semanticVersion", "1.0.0");
            w.WriteStartArray("rules");
            var ruleIds = new List<string>();
            foreach (var control in result.Catalogue.Controls)
            {
                WriteControlRule(w, control);
                ruleIds.Add(control.Id);
            }

            foreach (var code in result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal))
            {
                WriteDiagnosticRule(w, code);
                ruleIds.Add(code);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("columnKind", "unicodeCodePoints");
            w.WriteStartArray("results");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteResult(w, diagnostic.Code, ruleIds.IndexOf(diagnostic.Code), Level(diagnostic.Severity),
                    diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} Hint: {diagnostic.Hint}", diagnostic.Location, stackFile, null);
            }

            foreach (var finding in result.Findings.Where(f => f.Status is FindingStatus.NotMet or FindingStatus.Partial or FindingStatus.NoEvidence))
            {
                var control = result.Catalogue.Find(finding.ControlId);
                var message = finding.Action is null ? finding.Summary : $"{finding.Summary} To do ({Wording.Role(finding.ActionBy ?? Core.Model.School.SchoolRole.Headteacher)}): {finding.Action}.";
                WriteResult(w, finding.ControlId, ruleIds.IndexOf(finding.ControlId), Level(finding.Status, control?.Severity ?? ControlSeverity.Medium),
                    message, finding.Location, stackFile, finding);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Not met is an error (a warning for a low-severity control), partial a warning, no evidence a note.</summary>
    public static string Level(FindingStatus status, ControlSeverity severity) => status switch
    {
        FindingStatus.NotMet => severity == ControlSeverity.Low ? "warning" : "error",
        FindingStatus.Partial => "warning",
        _ => "note",
    };

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteControlRule(Utf8JsonWriter w, Control control)
    {
        w.WriteStartObject();
        w.WriteString("id", control.Id);
        w.WriteString("name", control.Title);
        Text(w, "shortDescription", control.Title);
        Text(w, "fullDescription", control.Statement);
        var help = $"{control.Statement} Standards: {string.Join(", ", control.Standards)}. Evidence: {string.Join(", ", control.Evidence.Select(e => ConfigNaming.EnumValue(e)))}. Severity: {ConfigNaming.EnumValue(control.Severity)}.";
        Text(w, "help", help);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(FindingStatus.NotMet, control.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue("security");
        w.WriteStringValue(control.Domain);
        w.WriteEndArray();
        w.WriteString("precision", "high");
        w.WriteString("security-severity", control.Severity switch
        {
            ControlSeverity.High => "8.0",
            ControlSeverity.Medium => "5.0",
            _ => "2.0",
        });
        w.WriteString("domain", control.Domain);
        w.WriteString("severity", ConfigNaming.EnumValue(control.Severity));
        w.WriteStartArray("standards");
        foreach (var standard in control.Standards)
        {
            w.WriteStringValue(standard);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDiagnosticRule(Utf8JsonWriter w, string code)
    {
        var what = code switch
        {
            _ when code.StartsWith("SI1", StringComparison.Ordinal) => "A school file could not be read.",
            _ when code.StartsWith("SI27", StringComparison.Ordinal) => "The control catalogue or a school record is not valid.",
            _ when code.StartsWith("SI2", StringComparison.Ordinal) => "A school setting is not valid.",
            _ when code.StartsWith("SI3", StringComparison.Ordinal) => "The school's desired state could not be built.",
            _ => "SchoolInfra could not check the school.",
        };
        w.WriteStartObject();
        w.WriteString("id", code);
        w.WriteString("name", code);
        Text(w, "shortDescription", $"{code}: {what}");
        Text(w, "fullDescription", $"{what} Each result says what is wrong and how to fix it.");
        Text(w, "help", "Each result names the file, line and column to change; its message ends with a hint.");
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, string ruleId, int ruleIndex, string level, string message, SourceSpan span, string stackFile, Finding? finding)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", ruleId);
        if (ruleIndex >= 0)
        {
            w.WriteNumber("ruleIndex", ruleIndex);
        }

        w.WriteString("level", level);
        Text(w, "message", message);
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", span.File.Length > 0 && !span.File.Contains(' ', StringComparison.Ordinal) ? span.File : stackFile);
        w.WriteEndObject();
        var line = span.IsKnown && span.File.Length > 0 ? span.Line : 1;
        var column = span.IsKnown && span.File.Length > 0 ? Math.Max(1, span.Column) : 1;
        var endLine = Math.Max(line, span.IsKnown ? span.EndLine : line);
        var endColumn = endLine == line ? Math.Max(column + 1, span.IsKnown ? span.EndColumn : column + 1) : Math.Max(1, span.EndColumn);
        w.WriteStartObject("region");
        w.WriteNumber("startLine", line);
        w.WriteNumber("startColumn", column);
        w.WriteNumber("endLine", endLine);
        w.WriteNumber("endColumn", endColumn);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        if (finding is not null)
        {
            w.WriteStartObject("properties");
            w.WriteString("status", FindingStatuses.Key(finding.Status));
            w.WriteString("provenance", Provenance.Phrase(finding));
            w.WriteBoolean("checkedLive", finding.CheckedLive);
            w.WriteStartArray("sources");
            foreach (var source in finding.Sources)
            {
                w.WriteStartObject();
                w.WriteString("origin", Provenance.Key(source.Origin));
                w.WriteString("description", source.Description);
                if (source.At is { } at)
                {
                    w.WriteString("at", NodaTime.Text.InstantPattern.ExtendedIso.Format(at));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (finding.ActionBy is { } by)
            {
                w.WriteString("actionBy", ConfigNaming.EnumValue(by));
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text.Length > 1024 ? text[..1021] + "..." : text);
        w.WriteEndObject();
    }
}
