namespace SchoolInfra.Reports.Output;

/// <summary>The files a report run wrote: the HTML, and the PDF with its page count when one was printed.</summary>
public sealed record PublishedReport(string HtmlPath, string? PdfPath, int? Pages);
