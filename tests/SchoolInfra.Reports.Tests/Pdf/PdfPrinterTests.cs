using System.Text;
using SchoolInfra.Reports.Pdf;

namespace SchoolInfra.Reports.Tests.Pdf;

/// <summary>Prints with the real Chromium (test.sh installs it).</summary>
public sealed class PdfPrinterTests : IDisposable
{
    private const string ThreeA4Pages = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Oakfield Primary School: three pages</title>
          <style>
            @page { size: A4; margin: 20mm; }
            section { break-after: page; }
            section:last-child { break-after: auto; }
          </style>
        </head>
        <body>
          <section><h1>Controls</h1><p>Every member of staff signs in with a second factor.</p></section>
          <section><h1>Changes</h1><p>Two changes were approved this term.</p></section>
          <section><h1>Exceptions</h1><p>None.</p></section>
        </body>
        </html>
        """;

    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();

    public void Dispose() => _folder.Dispose();

    private static PdfPrinter Printer() =>
        new(ChromiumLocator.Locate(null, Environment.GetEnvironmentVariable("PATH")));

    [Fact]
    public async Task PrintAsync_ThreeA4PagesWithPageBreaks_GivesThreeA4Pages()
    {
        var html = _folder.WriteFile("report.html", ThreeA4Pages);
        var pdfPath = _folder.Of("out/report.pdf");

        var pages = await Printer().PrintAsync(html, pdfPath);

        Assert.Equal(3, pages);
        var pdf = await File.ReadAllBytesAsync(pdfPath);
        Assert.Equal(3, PdfPageCounter.Count(pdf));
        var text = Encoding.Latin1.GetString(pdf);
        // A4 is 595 x 842 points (Chromium writes 594.96 x 841.92); fonts are embedded, so the text really rendered.
        Assert.Matches(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", text);
        Assert.Contains("/FontFile", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_ExistingPdf_IsReplacedAndNoTemporaryFileIsLeft()
    {
        var html = _folder.WriteFile("one.html", "<!doctype html><html lang=\"en\"><title>One</title><p>One page.</p></html>");
        var pdfPath = _folder.WriteFile("one.pdf", "old");

        var pages = await Printer().PrintAsync(html, pdfPath);

        Assert.Equal(1, pages);
        Assert.True(PdfPageCounter.LooksLikePdf(await File.ReadAllBytesAsync(pdfPath)));
        Assert.Equal(["one.html", "one.pdf"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PrintAsync_MissingHtml_Throws()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => Printer().PrintAsync(_folder.Of("none.html"), _folder.Of("none.pdf")));
    }
}
