using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Reports.Pdf;

namespace SchoolInfra.Reports.Output;

/// <summary>SI5xxx: rendering reports.</summary>
public static class RenderDiagnostics
{
    public static Diagnostic PdfNotPrinted(PdfPrintException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new Diagnostic("SI5001", Severity.Error, SourceSpan.None,
            $"The PDF report could not be printed, so no report was written. {exception.Reason}",
            $"{exception.Hint}; or run with --no-pdf to write the HTML report only.");
    }
}
