using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Output;

/// <summary>The JSON form of <c>validate</c>, for scripts and the report stage: keys in a fixed order, dates ISO.</summary>
public static class FindingsJsonWriter
{
    public static string Write(ComplianceResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("stack", result.Stack);
            w.WriteString("school", result.SchoolName);
            w.WriteString("today", Wording.Date(result.Today));
            w.WriteString("driftCheckedAt", result.Drift is { } drift ? NodaTime.Text.InstantPattern.ExtendedIso.Format(drift.CheckedAt) : null);
            w.WriteNumber("exitCode", result.ExitCode);
            w.WriteStartObject("counts");
            foreach (var status in Enum.GetValues<FindingStatus>())
            {
                w.WriteNumber(FindingStatuses.Key(status), result.Count(status));
            }

            w.WriteEndObject();
            w.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", Diagnostic.SeverityWord(d.Severity));
                w.WriteString("message", d.Message);
                if (d.Hint is not null)
                {
                    w.WriteString("hint", d.Hint);
                }

                WriteSpan(w, d.Location);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                var control = result.Catalogue.Find(f.ControlId);
                w.WriteStartObject();
                w.WriteString("control", f.ControlId);
                w.WriteString("domain", control?.Domain);
                w.WriteString("title", control?.Title);
                w.WriteString("severity", control is null ? null : ConfigNaming.EnumValue(control.Severity));
                w.WriteString("status", FindingStatuses.Key(f.Status));
                w.WriteString("summary", f.Summary);
                w.WriteStartArray("evidence");
                foreach (var line in f.Evidence)
                {
                    w.WriteStringValue(line);
                }

                w.WriteEndArray();
                w.WriteBoolean("checkedLive", f.CheckedLive);
                w.WriteString("provenance", Provenance.Phrase(f));
                w.WriteStartArray("sources");
                foreach (var source in f.Sources)
                {
                    w.WriteStartObject();
                    w.WriteString("origin", Provenance.Key(source.Origin));
                    w.WriteString("description", source.Description);
                    w.WriteString("at", source.At is { } at ? NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : null);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("unchecked");
                foreach (var kind in f.Unchecked)
                {
                    w.WriteStringValue(ConfigNaming.EnumValue(kind));
                }

                w.WriteEndArray();
                WriteSpan(w, f.Location);
                if (f.Action is not null)
                {
                    w.WriteString("action", f.Action);
                    w.WriteString("actionBy", f.ActionBy is { } by ? ConfigNaming.EnumValue(by) : null);
                }

                if (f.Waiver is { } waiver)
                {
                    WriteWaiver(w, waiver);
                }

                w.WriteStartArray("problems");
                foreach (var problem in f.Problems.Concat(f.WaivedProblems))
                {
                    w.WriteStartObject();
                    w.WriteString("key", problem.Key);
                    w.WriteString("status", FindingStatuses.Key(problem.Status));
                    w.WriteString("message", problem.Message);
                    w.WriteString("action", problem.Action);
                    w.WriteString("actionBy", ConfigNaming.EnumValue(problem.ActionBy));
                    WriteSpan(w, problem.At);
                    if (problem.WaivedBy is { } covering)
                    {
                        WriteWaiver(w, covering);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("records");
            foreach (var due in result.Schedule)
            {
                w.WriteStartObject();
                w.WriteString("kind", ConfigNaming.EnumValue(due.Kind));
                w.WriteString("frequency", ConfigNaming.EnumValue(due.Frequency));
                w.WriteString("state", ConfigNaming.EnumValue(due.State));
                w.WriteString("latest", due.Latest is null ? null : Wording.Date(due.Latest.Date));
                w.WriteString("dueBy", Wording.Date(due.DueBy));
                w.WriteString("period", due.Period);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteWaiver(Utf8JsonWriter w, Core.Model.School.Waiver waiver)
    {
        w.WriteStartObject("waiver");
        w.WriteString("problem", waiver.Problem);
        w.WriteString("reason", waiver.Reason);
        w.WriteString("approvedBy", ConfigNaming.EnumValue(waiver.ApprovedBy));
        w.WriteString("approvedOn", Wording.Date(waiver.ApprovedOn));
        w.WriteString("expiresOn", Wording.Date(waiver.ExpiresOn));
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, SourceSpan span)
    {
        w.WriteStartObject("location");
        w.WriteString("file", span.File);
        w.WriteNumber("line", span.Line);
        w.WriteNumber("column", span.Column);
        w.WriteEndObject();
    }
}
