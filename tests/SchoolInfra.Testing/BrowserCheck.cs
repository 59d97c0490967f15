using System.Diagnostics;
using System.Text.Json;
using Xunit.Sdk;

namespace SchoolInfra.Testing;

/// <summary>
/// Opens an HTML file in the system Chromium through tests/browser/check-page.mjs (Playwright + axe-core) and
/// returns its console errors and accessibility violations. Needs node, chromium and <c>npm ci --prefix tests/browser</c>;
/// test.sh sets all three up.
/// </summary>
public static class BrowserCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<BrowserCheckResult> RunAsync(string htmlPath, CancellationToken cancellationToken = default)
    {
        var script = RepoPaths.Of("tests", "browser", "check-page.mjs");
        if (!Directory.Exists(RepoPaths.Of("tests", "browser", "node_modules")))
        {
            throw new XunitException("tests/browser/node_modules is missing: run `npm ci --prefix tests/browser` (./test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Path.GetFullPath(htmlPath));

        using var process = Process.Start(start) ?? throw new XunitException("node could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"check-page.mjs did not finish within {Timeout.TotalSeconds} s for {htmlPath}.");
        }

        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new XunitException($"check-page.mjs exited with code {process.ExitCode} for {htmlPath}:\n{errors}");
        }

        return JsonSerializer.Deserialize<BrowserCheckResult>(output, Json)
            ?? throw new XunitException($"check-page.mjs printed no result for {htmlPath}:\n{output}\n{errors}");
    }
}
