using System.Text.RegularExpressions;

namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>One in-process run of schoolinfra, with the assertions every hostile-input case makes.</summary>
public sealed partial record CliRun(int Exit, string Out, string Err, string Marker)
{
    /// <summary>
    /// The run ended with <paramref name="exit"/>, printed <paramref name="code"/> at exactly <paramref name="location"/>
    /// (file:line:column), never stopped unexpectedly, and no output holds the marker or a raw control character.
    /// </summary>
    public CliRun Reports(string code, string location, int exit = 1)
    {
        // compile and report print diagnostics to stderr; validate prints them with its findings on stdout.
        Assert.True(Exit == exit, $"exit {Exit}, expected {exit}\n{Err}{Out}");
        Assert.Contains($"{location}: error {code}: ", Err + Out, StringComparison.Ordinal);
        return Safe();
    }

    /// <summary>Everything the run printed: validate's diagnostics go to stdout with its findings, the others' to stderr.</summary>
    public string Text => Err + Out;

    /// <summary>Nothing from outside the repository, no SI9999, no exception text and no raw control character in any output.</summary>
    public CliRun Safe()
    {
        Assert.DoesNotContain(Marker, Out + Err, StringComparison.Ordinal);
        Assert.DoesNotContain("SI9999", Err, StringComparison.Ordinal);
        Assert.DoesNotMatch(ResourceKey(), Err);
        Assert.DoesNotMatch(RawControl(), Out + Err);
        return this;
    }

    /// <summary>.NET resource keys such as UnauthorizedAccess_IODenied_Path or Arg_InvalidOperationException.</summary>
    [GeneratedRegex("[A-Z][a-z]+[A-Za-z]*_[A-Z][A-Za-z]+")]
    private static partial Regex ResourceKey();

    [GeneratedRegex("[\\x00-\\x08\\x0B-\\x1F\\x7F\\u0080-\\u009F\\u202A-\\u202E\\u2066-\\u2069]")]
    private static partial Regex RawControl();
}
