using System.Diagnostics;

namespace SchoolInfra.Cli.Tests.EndToEnd;

/// <summary>Runs the built schoolinfra assembly, or the native compiler, as its own process, the way Pulumi runs the compiler.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>
    /// How long one process may run before the test fails. A compile takes well under a second alone, but the full
    /// suite runs beside other builds on two shared cores, where starting <c>dotnet</c> has taken tens of seconds; a
    /// hung process still fails its test with this message, and is killed, rather than hanging the run.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "schoolinfra.dll");

    /// <summary>Runs <c>dotnet schoolinfra.dll args</c>. PULUMI_* and SCHOOLINFRA_* are always cleared first; <paramref name="environment"/> then sets variables (null removes one).</summary>
    public static Task<Result> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, string? assembly = null) =>
        StartAsync("dotnet", [assembly ?? Assembly, .. args], environment, workingDirectory);

    /// <summary>
    /// Runs the compile verb as <paramref name="build"/>: <c>dotnet schoolinfra.dll compile options</c>, or the native
    /// <c>schoolinfra-compile options</c> (published once per source change, see <see cref="PublishedApp"/>).
    /// </summary>
    public static Task<Result> CompileAsync(CompilerBuild build, IEnumerable<string> options, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null) =>
        build == CompilerBuild.Native
            ? StartAsync(PublishedApp.NativeCompiler.Path, options, environment, workingDirectory)
            : RunAsync(["compile", .. options], environment, workingDirectory);

    private static async Task<Result> StartAsync(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PULUMI_", StringComparison.Ordinal) || k.StartsWith("SCHOOLINFRA_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
