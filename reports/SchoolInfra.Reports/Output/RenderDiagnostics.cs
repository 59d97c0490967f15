using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Reports.Output;

/// <summary>SI5xxx: rendering reports.</summary>
public static class RenderDiagnostics
{
    /// <param name="reason">What went wrong, as <c>PdfPrintException.Reason</c> says it; only its first line is kept.</param>
    /// <param name="hint">What to do, as <c>PdfPrintException.Hint</c> says it.</param>
    public static Diagnostic PdfNotPrinted(string reason, string hint) => new(
        "SI5001", Severity.Error, SourceSpan.None,
        $"The PDF report could not be printed, so no report was written ({FirstLine(reason)}).",
        $"{hint}; or run with --no-pdf to write the HTML report only.");

    private static string FirstLine(string text)
    {
        var line = (text ?? string.Empty).Split('\n')[0].Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
