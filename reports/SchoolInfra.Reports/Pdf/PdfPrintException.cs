namespace SchoolInfra.Reports.Pdf;

/// <summary>
/// The PDF could not be printed: no browser, the browser failed or timed out, or it wrote no PDF.
/// <see cref="Reason"/> says what went wrong, <see cref="Hint"/> what to do; the message holds both.
/// </summary>
public sealed class PdfPrintException : Exception
{
    public PdfPrintException(string reason, string hint, Exception? innerException = null)
        : base($"{reason}\n    hint: {hint}", innerException)
    {
        Reason = reason;
        Hint = hint;
    }

    public string Reason { get; }

    public string Hint { get; }
}
