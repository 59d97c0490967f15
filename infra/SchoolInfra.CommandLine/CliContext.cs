using NodaTime;

namespace SchoolInfra.CommandLine;

/// <summary>Everything a command touches outside itself, so tests can run commands in-process.</summary>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> Environment,
    IClock Clock,
    string WorkingDirectory,
    bool ErrorIsTerminal)
{
    /// <summary>stdout is a terminal (and NO_COLOR is unset): text output may be coloured.</summary>
    public bool OutIsTerminal { get; init; }

    public static CliContext FromProcess() => new(
        Console.Out,
        Console.Error,
        System.Environment.GetEnvironmentVariable,
        SystemClock.Instance,
        Directory.GetCurrentDirectory(),
        !Console.IsErrorRedirected && System.Environment.GetEnvironmentVariable("NO_COLOR") is null)
    {
        OutIsTerminal = !Console.IsOutputRedirected && System.Environment.GetEnvironmentVariable("NO_COLOR") is null,
    };
}
