using System.Text;
using System.Text.RegularExpressions;

namespace SchoolInfra.Reports.Pdf;

/// <summary>
/// Counts the pages of a PDF by its page objects (<c>/Type /Page</c>, not <c>/Pages</c> or <c>/PageLabel</c>).
/// Enough for the PDFs Chromium writes, whose page objects are never inside compressed object streams.
/// </summary>
public static partial class PdfPageCounter
{
    public static bool LooksLikePdf(ReadOnlySpan<byte> pdf) => pdf.StartsWith("%PDF-"u8);

    public static int Count(ReadOnlySpan<byte> pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    // A PDF name ends at white space or a delimiter: ( ) < > [ ] { } / %.
    [GeneratedRegex(@"/Type\s*/Page(?=[\s()<>\[\]{}/%]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PageObject();
}
