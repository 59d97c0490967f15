using System.Text;
using System.Text.Json;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Text;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.CommandLine.Output;

/// <summary>
/// Explains a desired state: for each resource its type, the controls it implements, why it exists and the
/// config lines it came from; then notes (delegations, checks that are not deployable, things left out).
/// </summary>
public static class ExplainWriter
{
    public static string Text(DesiredState state)
    {
        var sb = new StringBuilder();
        sb.Append("Desired state for stack ").Append(state.StackName).Append(": ")
          .Append(state.Resources.Length).Append(" resources.\n\n");
        foreach (var r in state.Resources)
        {
            sb.Append(r.LogicalName).Append(" (").Append(r.Type).Append(")\n");
            sb.Append("    why: ").Append(r.Purpose).Append('\n');
            sb.Append("    controls: ").Append(string.Join(", ", r.Controls)).Append('\n');
            sb.Append("    from: ").Append(r.Source).Append('\n');
        }

        if (!state.Notes.IsEmpty)
        {
            sb.Append("\nNotes:\n");
            foreach (var note in state.Notes)
            {
                sb.Append("- ").Append(ConfigNaming.EnumValue(note.Kind)).Append(": ").Append(note.Message)
                  .Append(" (").Append(string.Join(", ", note.Controls)).Append("; ").Append(note.Source).Append(")\n");
            }
        }

        // Purposes and notes quote display names from the stack file: no raw control characters on a terminal.
        return TextHygiene.ForDisplay(sb.ToString());
    }

    public static string Json(DesiredState state)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("stack", state.StackName);
            w.WriteStartArray("resources");
            foreach (var r in state.Resources)
            {
                w.WriteStartObject();
                w.WriteString("name", r.LogicalName);
                w.WriteString("type", r.Type);
                w.WriteString("purpose", r.Purpose);
                WriteStrings(w, "controls", r.Controls);
                WriteSource(w, r.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var n in state.Notes)
            {
                w.WriteStartObject();
                w.WriteString("kind", ConfigNaming.EnumValue(n.Kind));
                w.WriteString("message", n.Message);
                WriteStrings(w, "controls", n.Controls);
                WriteSource(w, n.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter w, Core.Diagnostics.SourceSpan span)
    {
        w.WriteStartObject("source");
        w.WriteString("file", span.File);
        w.WriteNumber("line", span.Line);
        w.WriteNumber("column", span.Column);
        w.WriteNumber("endLine", span.EndLine);
        w.WriteNumber("endColumn", span.EndColumn);
        w.WriteEndObject();
    }
}
