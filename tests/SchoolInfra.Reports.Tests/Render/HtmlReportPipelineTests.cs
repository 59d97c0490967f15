using System.Collections.Immutable;
using SchoolInfra.Reports.Pdf;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Reports.Tests.Render;

/// <summary>The pieces together: a template with a shared partial renders HTML that is accessible, readable and prints.</summary>
public sealed class HtmlReportPipelineTests : IDisposable
{
    private const string Head = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>{{ school_name | html.escape }}: {{ title | html.escape }}</title>
          <style>@page { size: A4; margin: 20mm; } section { break-before: page; }</style>
        </head>
        """;

    private const string Report = """
        {{ include '_head' }}
        <body>
          <main>
            <h1>{{ title | html.escape }}</h1>
            <p>{{ summary | html.escape }}</p>
            {{ for control in controls }}
            <section>
              <h2>{{ control.id | html.escape }}</h2>
              <p>{{ control.statement | html.escape }} Status: {{ control.status | html.escape }}.</p>
            </section>
            {{ end }}
          </main>
        </body>
        </html>
        """;

    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();

    private sealed record Control(string Id, string Statement, string Status);

    private sealed record Model(string SchoolName, string Title, string Summary, ImmutableArray<Control> Controls);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RenderedReport_IsAccessibleReadableAndPrintsOnePagePerSection()
    {
        _folder.WriteFile("templates/_head.scriban", Head);
        _folder.WriteFile("templates/governors.scriban", Report);
        var model = new Model(
            "Oakfield Primary School",
            "Termly compliance report",
            "Most checks are met. One backup job failed & was fixed <the same day>.",
            [
                new Control("MFA-01", "Every member of staff signs in with a second step.", "met"),
                new Control("BAK-02", "Each night's backup is copied off site.", "not met"),
            ]);

        var html = new TemplateRenderer(_folder.Of("templates")).Render("governors", model);
        var htmlPath = _folder.WriteFile("out/governors.html", html);
        var check = await BrowserCheck.RunAsync(htmlPath);
        var pages = await new PdfPrinter(ChromiumLocator.Locate(null, Environment.GetEnvironmentVariable("PATH")))
            .PrintAsync(htmlPath, _folder.Of("out/governors.pdf"));

        Assert.Contains("failed &amp; was fixed &lt;the same day&gt;.", html, StringComparison.Ordinal);
        Assert.True(check.ConsoleErrors.IsEmpty && check.Violations.IsEmpty, check.Describe());
        Assert.True(Readability.FleschReadingEase(html) > 60, Readability.Measure(html).ToString());
        Assert.Equal(3, pages);
    }
}
