using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Pdf;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Reports.Output;

/// <summary>
/// Writes the governors' report into a folder: <c>governors.html</c> and, with a printer, <c>governors.pdf</c>.
/// Both are made in a temporary folder beside the target and moved into place only when both are complete, so a
/// failure (a template error, a browser that will not print) leaves the previous report as it was.
/// </summary>
public sealed class ReportPublisher(TemplateRenderer renderer, PdfPrinter? printer)
{
    public const string HtmlFile = "governors.html";
    public const string PdfFile = "governors.pdf";
    public const string Template = "governors.html";

    /// <summary>Renders and writes the report; returns the files written and the PDF's page count.</summary>
    /// <exception cref="PdfPrintException">The PDF could not be printed; nothing was written.</exception>
    public async Task<PublishedReport> PublishAsync(GovernorsReport report, string outFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var target = Path.GetFullPath(outFolder);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{outFolder} is not a folder path.", nameof(outFolder));
        var html = renderer.Render(Template, report);
        Directory.CreateDirectory(parent);
        var staging = Directory.CreateDirectory(Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp"));
        try
        {
            var stagedHtml = Path.Combine(staging.FullName, HtmlFile);
            await File.WriteAllTextAsync(stagedHtml, html, cancellationToken).ConfigureAwait(false);
            int? pages = null;
            if (printer is not null)
            {
                pages = await printer.PrintAsync(stagedHtml, Path.Combine(staging.FullName, PdfFile), cancellationToken).ConfigureAwait(false);
            }

            Directory.CreateDirectory(target);
            var htmlPath = Path.Combine(target, HtmlFile);
            File.Move(stagedHtml, htmlPath, overwrite: true);
            string? pdfPath = null;
            if (pages is not null)
            {
                pdfPath = Path.Combine(target, PdfFile);
                File.Move(Path.Combine(staging.FullName, PdfFile), pdfPath, overwrite: true);
            }

            return new PublishedReport(htmlPath, pdfPath, pages);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
