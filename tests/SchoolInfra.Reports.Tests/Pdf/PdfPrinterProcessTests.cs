using SchoolInfra.Reports.Pdf;

namespace SchoolInfra.Reports.Tests.Pdf;

/// <summary>Runs the printer against small shell scripts standing in for Chromium, to test its process handling.</summary>
public sealed class PdfPrinterProcessTests : IDisposable
{
    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();

    public void Dispose() => _folder.Dispose();

    private string FakeBrowser(string script) => _folder.WriteExecutable("fake-chromium", "#!/bin/sh\n" + script + "\n");

    private string Html() => _folder.WriteFile("page with space.html", "<!doctype html><title>t</title>");

    [Fact]
    public async Task PrintAsync_PassesHardeningFlagsAndMovesThePdfIntoPlace()
    {
        var argsFile = _folder.Of("args.txt");
        var browser = FakeBrowser($$"""
            for a in "$@"; do echo "$a" >> '{{argsFile}}'; done
            for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.7\n<</Type /Page>> <</Type /Page>>' > "${a#--print-to-pdf=}";; esac; done
            """);
        var pdfPath = _folder.Of("report.pdf");

        var pages = await new PdfPrinter(browser).PrintAsync(Html(), pdfPath);

        Assert.Equal(2, pages);
        var args = await File.ReadAllLinesAsync(argsFile);
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer" })
        {
            Assert.Contains(flag, args);
        }

        Assert.Contains(args, a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal));
        Assert.EndsWith("/page%20with%20space.html", args[^1], StringComparison.Ordinal);
        Assert.StartsWith("file:///", args[^1], StringComparison.Ordinal);
        var temporary = args.Single(a => a.StartsWith("--print-to-pdf=", StringComparison.Ordinal))["--print-to-pdf=".Length..];
        Assert.NotEqual(pdfPath, temporary);
        Assert.Equal(_folder.Path, Path.GetDirectoryName(temporary));
        Assert.False(File.Exists(temporary));
        var profile = args.Single(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))["--user-data-dir=".Length..];
        Assert.False(Directory.Exists(profile));
    }

    [Fact]
    public async Task PrintAsync_BrowserFails_ReportsExitCodeAndItsLastMessage()
    {
        var browser = FakeBrowser("echo 'Failed to connect to the bus: dbus noise' >&2\necho 'ERROR: cannot open display' >&2\nexit 3");

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => new PdfPrinter(browser).PrintAsync(Html(), _folder.Of("r.pdf")));

        Assert.Contains("exited with code 3", error.Reason, StringComparison.Ordinal);
        Assert.Contains("cannot open display", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("dbus", error.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Of("r.pdf")));
    }

    [Fact]
    public async Task PrintAsync_BrowserWritesNoPdf_FailsAndKeepsTheOldFile()
    {
        var browser = FakeBrowser("exit 0");
        var pdfPath = _folder.WriteFile("r.pdf", "previous report");

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => new PdfPrinter(browser).PrintAsync(Html(), pdfPath));

        Assert.Contains("wrote no PDF", error.Reason, StringComparison.Ordinal);
        Assert.Equal("previous report", await File.ReadAllTextAsync(pdfPath));
    }

    [Fact]
    public async Task PrintAsync_BrowserHangs_IsStoppedAtTheTimeout()
    {
        var browser = FakeBrowser("sleep 60");
        var printer = new PdfPrinter(browser, TimeSpan.FromSeconds(1));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(Html(), _folder.Of("r.pdf")));

        Assert.Contains("did not finish printing within 1 s", error.Reason, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
    }
}
