using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary><c>report</c> and <c>plan</c>, run in-process against the example school in a temporary repository.</summary>
public sealed class ReportAndPlanCommandTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create(workspace: true);

    public void Dispose() => _history.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => RunIn(_history.Root, args);

    private static (int Exit, string Out, string Err) RunIn(string folder, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new Dictionary<string, string?> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") };
        var cli = new CliContext(stdout, stderr, name => environment.GetValueOrDefault(name),
            new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), folder, ErrorIsTerminal: false);
        var exit = Program.Run(args, cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Report_Defaults_WritesHtmlAndPdfForTheExampleSchool()
    {
        var (exit, stdout, stderr) = Run("report");

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("Wrote reports/out/oakfield-primary/governors.html and reports/out/oakfield-primary/governors.pdf (", stdout, StringComparison.Ordinal);
        Assert.Contains("Technical security report for governors", File.ReadAllText(_history.Git.Of("reports/out/oakfield-primary/governors.html")), StringComparison.Ordinal);
        Assert.True(new FileInfo(_history.Git.Of("reports/out/oakfield-primary/governors.pdf")).Length > 1000);
    }

    [Fact]
    public void Report_NoPdf_WritesOnlyTheHtml()
    {
        var (exit, stdout, _) = Run("report", "--no-pdf", "--out", "governors");

        Assert.Equal(0, exit);
        Assert.Equal("Wrote governors/governors.html.\n", stdout);
        Assert.Equal(["governors.html"], Directory.GetFiles(_history.Git.Of("governors")).Select(Path.GetFileName));
    }

    [Fact]
    public void Report_BrowserFails_IsSI5001AndWritesNothing()
    {
        _history.Git.WriteExecutable("broken-chromium", "#!/bin/sh\nexit 7\n");

        var (exit, stdout, stderr) = Run("report", "--chromium", "broken-chromium", "--out", "out");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("error SI5001: The PDF report could not be printed, so no report was written (Chromium exited with code 7 while printing governors.html).", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_history.Git.Of("out")));
    }

    [Fact]
    public void Report_SettingsWithErrors_ExitsOneWithDiagnosticsAndWritesNothing()
    {
        var stack = _history.Git.Of(ExampleHistory.StackFile);
        File.WriteAllText(stack, File.ReadAllText(stack).Replace("keepDailyDays: 30", "keepDailyDays: thirty", StringComparison.Ordinal));

        var (exit, stdout, stderr) = Run("report", "--no-pdf", "--out", "out");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("schools/Pulumi.oakfield-primary.yaml:", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_history.Git.Of("out")));
    }

    [Fact]
    public void Plan_FromTheTermStart_PrintsTheChangeSummary()
    {
        var (exit, stdout, stderr) = Run("plan", "--from", "HEAD~2");

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("## Change summary: Oakfield Primary School", stdout, StringComparison.Ordinal);
        Assert.Contains("- Allows youtube.com for Year 6 pupils until 19 Dec 2026, requested by the Year 6 teacher.", stdout, StringComparison.Ordinal);
        Assert.Contains("**Who must approve:** the headteacher (Mrs H. Ashcombe).", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_JsonToAFile_WritesTheSummaryAsJson()
    {
        var (exit, stdout, _) = Run("plan", "--from", "HEAD~2", "--to", "HEAD~1", "--format", "json", "--out", "plan.json");

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_history.Git.Of("plan.json")));
        Assert.Equal("changes", json.RootElement.GetProperty("outcome").GetString());
        Assert.True(json.RootElement.GetProperty("approval").GetProperty("headteacherOnly").GetBoolean());
    }

    [Fact]
    public void Plan_WithoutFrom_IsSI9010() => Assert.Contains("SI9010", Run("plan").Err, StringComparison.Ordinal);

    [Fact]
    public void Plan_UnknownRevision_IsSI9009()
    {
        var (exit, _, stderr) = Run("plan", "--from", "origin/main");

        Assert.Equal(1, exit);
        Assert.Contains("error SI9009: The revision \"origin/main\" given to --from was not found in the repository.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnknownToRevision_NamesTo() =>
        Assert.Contains("given to --to", Run("plan", "--from", "HEAD~1", "--to", "nowhere").Err, StringComparison.Ordinal);

    [Fact]
    public void Plan_OutsideARepository_IsSI9008()
    {
        using var plain = TemporaryDirectory.Create();
        plain.WriteFile("Pulumi.yaml", "name: schoolinfra\n");

        var (exit, _, stderr) = RunIn(plain.Path, "plan", "--from", "HEAD~1");

        Assert.Equal(1, exit);
        Assert.Contains("SI9008", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BadFormat_IsSI9005() => Assert.Contains("SI9005", Run("plan", "--from", "HEAD~1", "--format", "html").Err, StringComparison.Ordinal);

    [Fact]
    public void Help_ListsReportAndPlan()
    {
        var (_, stdout, _) = Run("--help");

        Assert.Contains("report     write the governors' compliance report", stdout, StringComparison.Ordinal);
        Assert.Contains("plan       summarise a change", stdout, StringComparison.Ordinal);
        Assert.Contains("--no-pdf", Run("report", "--help").Out, StringComparison.Ordinal);
        Assert.Contains("--from REV", Run("plan", "--help").Out, StringComparison.Ordinal);
    }
}
