using NodaTime;
using NodaTime.Testing;
using SchoolInfra.Cli.Tests.Hostile;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary>
/// <c>schoolinfra drift</c> in-process on the example school's shipped refresh digest: exit 2 with the Markdown,
/// JSON and SARIF golden files; 0 when nothing drifted; 1 when the input cannot be read completely.
/// </summary>
public sealed class DriftCommandTests
{
    private const string Refresh = "schools/oakfield-primary/live/refresh.json";
    private static readonly string[] Pinned = ["--observed-at", "2026-11-23T05:31:00Z", "--today", "2026-11-23"];

    private static (int Exit, string Out, string Err) Run(string root, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), root, ErrorIsTerminal: false);
        var exit = Program.Run(["drift", .. args], cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("md", "drift.md")]
    [InlineData("json", "drift.json")]
    [InlineData("sarif", "drift.sarif")]
    public void Drift_ExampleSchool_ExitsTwoAndMatchesGolden(string format, string golden)
    {
        var (exit, output, err) = Run(RepoPaths.Root, ["--refresh", Refresh, "--format", format, .. Pinned]);
        Assert.True(exit == 2, err);
        Golden.Matches($"oakfield-primary/expected/{golden}", output);
    }

    [Fact]
    public void Drift_ExampleSchool_SavedResultIsWhatDriftWrites()
    {
        var (_, output, _) = Run(RepoPaths.Root, ["--refresh", Refresh, "--format", "json", .. Pinned]);
        Golden.MatchesRepoFile("schools/oakfield-primary/live/drift.json", output);
    }

    [Fact]
    public void Drift_ExampleSchool_SaysWhatHappenedInPlainEnglish()
    {
        var (_, output, _) = Run(RepoPaths.Root, ["--refresh", Refresh, .. Pinned]);
        Assert.Contains("<!-- schoolinfra-drift:oakfield-primary -->", output, StringComparison.Ordinal);
        Assert.Contains("The sign-in rule \"Require MFA for everyone who can reach personal data\" was switched to report-only outside the pipeline. MFA-01, MFA-04 and IAM-05 are not met until it is put back; the next deploy puts it back. Who acts: the IT provider", output, StringComparison.Ordinal);
        Assert.Contains("The filtering rule \"Blocked domains\" was deleted outside the pipeline.", output, StringComparison.Ordinal);
        Assert.Contains("had soft delete turned off", output, StringComparison.Ordinal);
        Assert.Contains("Ignore rule `azure-tags`", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_Save_WritesTheResultWhereValidateLooks()
    {
        using var dir = TemporaryDirectory.Create();
        dir.WriteFile("Pulumi.yaml", File.ReadAllText(RepoPaths.Of("Pulumi.yaml")));
        dir.WriteFile("schools/Pulumi.oakfield-primary.yaml", File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml")));
        dir.WriteFile("refresh.json", File.ReadAllText(RepoPaths.Of(Refresh.Split('/'))));
        foreach (var file in Directory.GetFiles(RepoPaths.Of("policy", "controls")))
        {
            dir.WriteFile("policy/controls/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        // The stack file names the school's baseline scripts; the drift check validates it like compile does.
        foreach (var file in Directory.GetFiles(RepoPaths.Of("schools", "oakfield-primary", "scripts")))
        {
            dir.WriteFile("schools/oakfield-primary/scripts/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        var (exit, _, err) = Run(dir.Path, ["--refresh", "refresh.json", "--save", "--format", "json", .. Pinned]);
        Assert.True(exit == 2, err);
        Assert.Equal(File.ReadAllText(RepoPaths.Of("schools", "oakfield-primary", "live", "drift.json")),
            File.ReadAllText(dir.Of("schools/oakfield-primary/live/drift.json")).Replace("\"refresh.json\"", $"\"{Refresh}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Drift_NoDrift_ExitsZero()
    {
        var fixture = Path.GetRelativePath(RepoPaths.Root, RepoPaths.Of("tests", "SchoolInfra.Evidence.Tests", "Pulumi", "Fixtures", "refresh-no-drift.json")).Replace('\\', '/');
        var (exit, output, err) = Run(RepoPaths.Root, ["--refresh", fixture, .. Pinned]);
        Assert.True(exit == 0, err);
        Assert.Contains("nothing was changed outside the pipeline", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_TruncatedRefresh_ExitsOneAndWritesNothing()
    {
        using var repo = new HostileRepository();
        var whole = File.ReadAllText(RepoPaths.Of(Refresh.Split('/')));
        repo.Write("refresh.json", whole[..(whole.Length / 3)]);
        var run = repo.Run("drift", "--refresh", "refresh.json", "--observed-at", "2026-11-23T05:31:00Z");
        Assert.Equal(1, run.Exit);
        Assert.Empty(run.Out);
        Assert.Contains("error SI4003", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_RefreshLinkedFromOutsideTheRepository_IsRefusedAndNotRead()
    {
        using var repo = new HostileRepository();
        SpecialFiles.Link(repo.Of("refresh.json"), repo.MarkerPath);
        repo.Run("drift", "--refresh", "refresh.json", "--observed-at", "2026-11-23T05:31:00Z").Reports("SI1010", "refresh.json:1:1");
    }

    [Fact]
    public void Drift_RefreshOutsideTheRepository_IsRefused()
    {
        using var repo = new HostileRepository();
        var run = repo.Run("drift", "--refresh", repo.MarkerPath, "--observed-at", "2026-11-23T05:31:00Z");
        Assert.Equal(1, run.Exit);
        Assert.Contains("error SI1010", run.Safe().Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_WithoutRefresh_IsSI9010()
    {
        var (exit, _, err) = Run(RepoPaths.Root, [.. Pinned]);
        Assert.Equal(1, exit);
        Assert.Contains("SI9010", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v3.100.0", true)]
    [InlineData("3.226.1", true)]
    [InlineData("v3.227.0", false)]
    [InlineData("v3.259.0", false)]
    public void Drift_PulumiOlderThan3227_IsRefusedWithSI4015(string version, bool refused)
    {
        var (exit, _, err) = Run(RepoPaths.Root, ["--refresh", Refresh, "--pulumi-version", version, .. Pinned]);
        Assert.Equal(refused ? 1 : 2, exit);
        Assert.Equal(refused, err.Contains("SI4015", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DriftResultOfAnotherVersion_IsSI4018()
    {
        using var repo = new HostileRepository();
        repo.Write("drift.json", File.ReadAllText(RepoPaths.Of("schools", "oakfield-primary", "live", "drift.json")).Replace("\"schoolinfraDrift\": 1", "\"schoolinfraDrift\": 2", StringComparison.Ordinal));
        var run = repo.Run("validate", "--drift", "drift.json");
        Assert.Equal(1, run.Exit);
        Assert.Contains("SI4018", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DriftResultLinkedFromOutsideTheRepository_IsRefusedAndNotRead()
    {
        using var repo = new HostileRepository();
        SpecialFiles.Link(repo.Of("schools/oakfield-primary/live/drift.json"), repo.MarkerPath);
        repo.Run("validate").Reports("SI1010", "schools/oakfield-primary/live/drift.json:1:1");
    }
}
