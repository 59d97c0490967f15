using SchoolInfra.Reports.Output;
using SchoolInfra.Reports.Pdf;
using Xunit.Abstractions;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>
/// The example school's governors' report in headless Chromium: it loads without console errors, axe-core finds no
/// serious or critical WCAG 2 A/AA problem, it prints to an A4 PDF of a sensible length, and its prose is plain. Each runs
/// on the report as <c>report</c> builds it by default (with the saved drift check) and with the tenant snapshot's
/// changes added, so a live read that finds more keeps the report within its length.
/// </summary>
public sealed class ExampleReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Issue 12: the example school's report fits in 12 A4 pages; far fewer means sections went missing.</summary>
    private const int FewestPages = 4;
    private const int MostPages = 12;

    private readonly ExampleHistory _history = ExampleHistory.Create();
    private readonly TemporaryDirectory _out = TemporaryDirectory.Create();

    public void Dispose()
    {
        _history.Dispose();
        _out.Dispose();
    }

    [Theory]
    [InlineData(ExampleLive.SavedDrift)]
    [InlineData(ExampleLive.SavedDriftAndTenant)]
    public async Task GovernorsReport_InChromium_HasNoConsoleErrorsOrSeriousAccessibilityProblems(ExampleLive live)
    {
        var html = _out.WriteFile("governors.html", ExampleReports.GovernorsHtml(_history, live));

        var check = await BrowserCheck.RunAsync(html);

        Assert.True(check.ConsoleErrors.IsEmpty, check.Describe());
        Assert.True(check.SeriousViolations.IsEmpty, check.Describe());
        Assert.True(check.Violations.IsEmpty, check.Describe());
    }

    [Theory]
    [InlineData(ExampleLive.None)]
    [InlineData(ExampleLive.SavedDrift)]
    [InlineData(ExampleLive.SavedDriftAndTenant)]
    public async Task GovernorsReport_Published_WritesHtmlAndAnA4PdfOfExpectedLength(ExampleLive live)
    {
        var printer = new PdfPrinter(ChromiumLocator.Locate(null, Environment.GetEnvironmentVariable("PATH")));
        var publisher = new ReportPublisher(ExampleReports.Renderer(), printer);

        var published = await publisher.PublishAsync(ExampleReports.Governors(_history, live), _out.Of("report"));

        output.WriteLine($"The example report ({live}) prints to {published.Pages} pages.");
        Assert.True(File.Exists(published.HtmlPath));
        Assert.True(published.PdfPath is not null && PdfPageCounter.LooksLikePdf(File.ReadAllBytes(published.PdfPath)));
        Assert.InRange(published.Pages ?? 0, FewestPages, MostPages);
        Assert.Equal(["governors.html", "governors.pdf"], Directory.GetFiles(_out.Of("report")).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData(ExampleLive.None)]
    [InlineData(ExampleLive.SavedDrift)]
    [InlineData(ExampleLive.SavedDriftAndTenant)]
    public void GovernorsReport_Prose_ScoresAtLeastSixtyForReadingEase(ExampleLive live)
    {
        var score = Readability.Measure(ExampleReports.GovernorsHtml(_history, live));

        output.WriteLine($"Governors' report ({live}): {score}");
        Assert.True(score.FleschReadingEase >= 60, score.ToString());
    }

    [Fact]
    public void GovernorsReport_Html_HasNoScriptAndDeclaresBritishEnglish()
    {
        var html = ExampleReports.GovernorsHtml(_history);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
    }
}
