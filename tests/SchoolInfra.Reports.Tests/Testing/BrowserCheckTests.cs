namespace SchoolInfra.Reports.Tests.Testing;

/// <summary>Runs tests/browser/check-page.mjs in the real Chromium (test.sh installs it and the npm packages).</summary>
public sealed class BrowserCheckTests : IDisposable
{
    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_AccessiblePage_HasNoErrorsOrSeriousViolations()
    {
        var page = _folder.WriteFile("good.html", """
            <!doctype html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>Oakfield Primary School: compliance report</title></head>
            <body>
              <main>
                <h1>Compliance report</h1>
                <p>All staff sign in with a second step.</p>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Oakfield Primary School crest">
                <table>
                  <caption>Controls</caption>
                  <tr><th scope="col">Control</th><th scope="col">Status</th></tr>
                  <tr><td>MFA-01</td><td>Met</td></tr>
                </table>
              </main>
            </body>
            </html>
            """);

        var result = await BrowserCheck.RunAsync(page);

        Assert.True(result.ConsoleErrors.IsEmpty && result.SeriousViolations.IsEmpty, result.Describe());
    }

    [Fact]
    public async Task RunAsync_ImageWithoutAltAndScriptError_ReportsBoth()
    {
        var page = _folder.WriteFile("bad.html", """
            <!doctype html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>Broken page</title></head>
            <body>
              <main>
                <h1>Broken</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <script>reportTotals.render();</script>
              </main>
            </body>
            </html>
            """);

        var result = await BrowserCheck.RunAsync(page);

        var imageAlt = Assert.Single(result.Violations, v => v.Id == "image-alt");
        Assert.True(imageAlt.IsSerious, result.Describe());
        Assert.Equal<string>(["img"], imageAlt.Nodes);
        Assert.Contains(result.ConsoleErrors, e => e.StartsWith("pageerror:", StringComparison.Ordinal) && e.Contains("reportTotals", StringComparison.Ordinal));
    }
}
