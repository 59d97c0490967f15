using SchoolInfra.Reports.Output;
using SchoolInfra.Reports.Pdf;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Reports.Tests.Output;

/// <summary>The report is written whole or not at all.</summary>
public sealed class ReportPublisherTests : IDisposable
{
    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose()
    {
        _folder.Dispose();
        _history.Dispose();
    }

    [Fact]
    public async Task Publish_WithoutPrinter_WritesOnlyTheHtml()
    {
        var published = await new ReportPublisher(ExampleReports.Renderer(), null).PublishAsync(ExampleReports.Governors(_history), _folder.Of("out"));

        Assert.Null(published.PdfPath);
        Assert.Equal(["governors.html"], Directory.GetFiles(_folder.Of("out")).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Publish_BrowserFails_LeavesThePreviousReportAndNoTemporaryFiles()
    {
        _folder.WriteFile("out/governors.html", "previous report");
        var browser = _folder.WriteExecutable("fake-chromium", "#!/bin/sh\necho 'cannot print' >&2\nexit 3\n");
        var publisher = new ReportPublisher(ExampleReports.Renderer(), new PdfPrinter(browser));

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => publisher.PublishAsync(ExampleReports.Governors(_history), _folder.Of("out")));

        Assert.Contains("exited with code 3", error.Reason, StringComparison.Ordinal);
        Assert.Equal("previous report", File.ReadAllText(_folder.Of("out/governors.html")));
        Assert.Equal(["fake-chromium", "out"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order());
        Assert.Equal(["governors.html"], Directory.GetFiles(_folder.Of("out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Publish_TemplateError_WritesNothing()
    {
        _folder.WriteFile("templates/governors.html.scriban", "{{ not_a_field }}");
        var publisher = new ReportPublisher(new TemplateRenderer(_folder.Of("templates")), null);

        await Assert.ThrowsAsync<TemplateRenderException>(() => publisher.PublishAsync(ExampleReports.Governors(_history), _folder.Of("out")));

        Assert.False(Directory.Exists(_folder.Of("out")));
    }
}
