using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary>Command-line mistakes, run in-process with captured output.</summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    private static (int Exit, string Out, string Err) Run(Dictionary<string, string> env, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, name => env.GetValueOrDefault(name),
            new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), RepoPaths.Root, ErrorIsTerminal: false);
        var exit = Program.Run(args, cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void UnknownVerb_SuggestsTheClosest()
    {
        var (exit, _, err) = Run("compiel");
        Assert.Equal(1, exit);
        Assert.Contains("error SI9001: \"compiel\" is not a schoolinfra command.", err, StringComparison.Ordinal);
        Assert.Contains("did you mean \"compile\"?", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_SuggestsTheClosest()
    {
        var (exit, output, err) = Run("compile", "--stak", "oakfield-primary");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("SI9002", err, StringComparison.Ordinal);
        Assert.Contains("did you mean \"--stack\"?", err, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionWithoutValue_IsSI9003() => Assert.Contains("SI9003", Run("compile", "--stack").Err, StringComparison.Ordinal);

    [Fact]
    public void StackNameThatCouldEscapeTheFolder_IsSI9004()
    {
        var (exit, _, err) = Run("compile", "--stack", "../etc/passwd");
        Assert.Equal(1, exit);
        Assert.Contains("SI9004", err, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDate_IsSI9005() => Assert.Contains("SI9005", Run("compile", "--stack", "oakfield-primary", "--today", "23/11/2026").Err, StringComparison.Ordinal);

    [Fact]
    public void NoProjectFolder_IsSI9006() =>
        Assert.Contains("SI9006", Run("compile", "--stack", "oakfield-primary", "--root", Path.GetTempPath()).Err, StringComparison.Ordinal);

    [Fact]
    public void StrayArgument_IsSI9007() => Assert.Contains("SI9007", Run("compile", "oakfield-primary").Err, StringComparison.Ordinal);

    [Fact]
    public void Explain_ListsControlsAndSourceLinesOfEveryResource()
    {
        var (exit, output, _) = Run("compile", "--stack", "oakfield-primary", "--explain");
        Assert.Equal(0, exit);
        Assert.Contains("ca-require-mfa (azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy)", output, StringComparison.Ordinal);
        Assert.Matches(@"controls: MFA-01, MFA-04, IAM-05\n    from: schools/Pulumi\.oakfield-primary\.yaml:\d+:\d+", output);
    }

    [Fact]
    public void ExplainJson_CarriesControlsAndSpans()
    {
        var (exit, output, _) = Run("compile", "--stack", "oakfield-primary", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var resources = doc.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.NotEmpty(resources);
        Assert.All(resources, r =>
        {
            Assert.NotEqual(0, r.GetProperty("controls").GetArrayLength());
            Assert.True(r.GetProperty("source").GetProperty("line").GetInt32() > 0);
        });
    }

    [Fact]
    public void Schema_PrintsTheCheckedInSchema() =>
        Assert.Equal(File.ReadAllText(RepoPaths.Of("schools", "schoolinfra.schema.json")), Run("schema").Out);

    [Fact]
    public void Out_WritesTheTemplateToAFileAndNothingToStdout()
    {
        using var dir = TemporaryDirectory.Create();
        var target = dir.Of("template.yaml");
        var (exit, output, _) = Run("compile", "--stack", "oakfield-primary", "--out", target);
        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.StartsWith("name: schoolinfra\n", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void DiskFailure_IsSI9011InPlainWordsWithoutTheExceptionsMessage()
    {
        var stderr = new StringWriter();
        var cli = new CliContext(new FailingWriter(new IOException("IO_DiskFull_Resource_Key")), stderr, _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), RepoPaths.Root, ErrorIsTerminal: false);
        var exit = Program.Run(["compile", "--stack", "oakfield-primary"], cli);
        Assert.Equal(1, exit);
        Assert.Contains("error SI9011: schoolinfra could not finish because a file or folder could not be read or written: the disk reported an error.", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("IO_DiskFull", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedFailure_IsSI9999WithoutAStackTraceOrTheExceptionsMessage()
    {
        var stderr = new StringWriter();
        var cli = new CliContext(new FailingWriter(new InvalidOperationException("Arg_InvalidOperationException")), stderr, _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), RepoPaths.Root, ErrorIsTerminal: false);
        var exit = Program.Run(["compile", "--stack", "oakfield-primary"], cli);
        Assert.Equal(1, exit);
        Assert.Contains("error SI9999: schoolinfra stopped unexpectedly (InvalidOperationException). This is a bug.", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Arg_", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class FailingWriter(Exception failure) : StringWriter
    {
        public override void Write(string? value) => throw failure;
    }
}
