using System.Diagnostics;
using System.Globalization;

namespace SchoolInfra.Reports.Pdf;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium. The page's own CSS decides the paper (<c>@page { size: A4 }</c>)
/// and page breaks. The PDF is written to a temporary file beside the target and moved into place, so a reader
/// never sees half a file and a failed print leaves an older PDF untouched.
/// </summary>
public sealed class PdfPrinter
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly TimeSpan _timeout;

    /// <param name="browserPath">Chromium's executable, usually from <see cref="ChromiumLocator.Locate(string?, string?)"/>.</param>
    /// <param name="timeout">How long one print may take before the browser is killed; default one minute.</param>
    public PdfPrinter(string browserPath, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserPath);
        BrowserPath = browserPath;
        _timeout = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_timeout, TimeSpan.Zero, nameof(timeout));
    }

    public string BrowserPath { get; }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/> and returns the PDF's page count.</summary>
    /// <exception cref="PdfPrintException">The browser is missing, failed, timed out or wrote no PDF.</exception>
    public async Task<int> PrintAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken = default)
    {
        var html = Path.GetFullPath(htmlPath);
        if (!File.Exists(html))
        {
            throw new FileNotFoundException($"The HTML file {html} does not exist.", html);
        }

        var target = Path.GetFullPath(pdfPath);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{pdfPath} is not a file path.", nameof(pdfPath));
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var profile = Directory.CreateTempSubdirectory("schoolinfra-chromium-");
        try
        {
            var run = await RunAsync(BrowserArguments(html, temporary, profile.FullName), cancellationToken).ConfigureAwait(false);
            var pdf = File.Exists(temporary) ? await File.ReadAllBytesAsync(temporary, cancellationToken).ConfigureAwait(false) : [];
            if (run.ExitCode != 0 || !PdfPageCounter.LooksLikePdf(pdf))
            {
                var outcome = run.ExitCode != 0 ? $"exited with code {run.ExitCode}" : "wrote no PDF";
                throw new PdfPrintException(
                    $"Chromium {outcome} while printing {Path.GetFileName(html)}.{StderrTail(run.Stderr)}",
                    $"check that {BrowserPath} runs headless on this machine");
            }

            File.Move(temporary, target, overwrite: true);
            return PdfPageCounter.Count(pdf);
        }
        finally
        {
            File.Delete(temporary);
            DeleteQuietly(profile);
        }
    }

    /// <summary>The command line: headless, no sandbox (root in containers), no GPU and no traffic of the browser's own.</summary>
    internal static IReadOnlyList<string> BrowserArguments(string htmlPath, string pdfPath, string profileFolder) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Containers often have a small /dev/shm; Debian's launcher means to add this but its check can fail.
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profileFolder,
        "--no-pdf-header-footer",
        "--print-to-pdf=" + pdfPath,
        new Uri(htmlPath).AbsoluteUri,
    ];

    private async Task<(int ExitCode, string Stderr)> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(BrowserPath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PdfPrintException($"Chromium could not be started from {BrowserPath}: {e.Message}", ChromiumLocator.InstallHint, e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfPrintException(
                $"Chromium did not finish printing within {_timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was stopped.",
                "look for a page that never finishes loading (a script loop or a remote resource), or raise the timeout");
        }

        // Helper processes can hold the pipes a moment longer than the browser lives; do not wait on them forever.
        var output = await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        return (process.ExitCode, output[1]);
    }

    private static string StderrTail(string stderr)
    {
        // Headless Chromium logs D-Bus connection failures on machines without a session bus; they are never the cause.
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains("dbus", StringComparison.OrdinalIgnoreCase))
            .TakeLast(5)
            .ToList();
        return lines.Count == 0 ? string.Empty : " Its last messages:\n" + string.Join("\n", lines.Select(line => "    " + line));
    }

    private static void DeleteQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A browser helper may still be closing files in its profile; the temp folder is cleaned by the OS.
        }
    }
}
