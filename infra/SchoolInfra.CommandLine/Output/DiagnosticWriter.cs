using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Text;

namespace SchoolInfra.CommandLine.Output;

/// <summary>Prints diagnostics in their one-line form with an indented hint; coloured only on a terminal.</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool colour)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            errors += diagnostic.Severity == Severity.Error ? 1 : 0;
            warnings += diagnostic.Severity == Severity.Warning ? 1 : 0;
            // Messages quote values from the school's files: never let one carry a raw control character to the terminal.
            var text = TextHygiene.ForDisplay(diagnostic.Format());
            if (colour)
            {
                var code = diagnostic.Severity switch
                {
                    Severity.Error => "\u001b[31m",
                    Severity.Warning => "\u001b[33m",
                    _ => "\u001b[36m",
                };
                var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
                text = firstLineEnd < 0
                    ? code + text + "\u001b[0m"
                    : code + text[..firstLineEnd] + "\u001b[0m" + "\u001b[2m" + text[firstLineEnd..] + "\u001b[0m";
            }

            writer.Write(text);
            writer.Write('\n');
        }

        if (errors + warnings > 0)
        {
            writer.Write($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.\n");
        }
    }
}
