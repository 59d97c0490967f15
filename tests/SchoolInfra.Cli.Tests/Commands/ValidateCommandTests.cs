using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary>
/// <c>schoolinfra validate</c> in-process: exit codes 0, 2 and 1 and the three formats, on a copy of the example
/// school with a small catalogue of controls whose rules exist in every build (<c>--controls</c>).
/// </summary>
public sealed class ValidateCommandTests
{
    private const string SmallCatalogue = """
        order: 1
        controls:
          - id: ROL-01
            domain: Roles and reviews
            title: A governor and a senior leader own filtering and monitoring
            statement: A named governor and a named senior leader are responsible for filtering and monitoring.
            standards: [DfE-FM FM1]
            severity: high
            evidence: [config]
            rule: rol-01
          - id: REV-01
            domain: Roles and reviews
            title: Filtering and monitoring are reviewed every year
            statement: Once a year leaders review whether filtering and monitoring still fit the school.
            standards: [DfE-FM FM2]
            severity: high
            evidence: [record]
            rule: rev-01
        """;

    private const string ThisYearsReview = """
        kind: fm-review
        date: 2026-11-16
        by: fmSltLead
        participants: [fmSltLead, dsl, itProvider, responsibleGovernor]
        covers: [riskProfile, blockingReasons, outsideInfluences, safeguardingReports, digitalResilience, teachingNeeds, technologyInUse, relatedPolicies, checksDone]
        actions: []
        """;

    /// <summary>A copy of the repository's example school (stack file, records, scripts) and a small catalogue in a temporary folder.</summary>
    private static TemporaryDirectory Workspace(bool reviewedThisYear, Func<string, string>? changeStackFile = null)
    {
        var dir = TemporaryDirectory.Create();
        dir.WriteFile("Pulumi.yaml", File.ReadAllText(RepoPaths.Of("Pulumi.yaml")));
        var stack = File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml"));
        dir.WriteFile("schools/Pulumi.oakfield-primary.yaml", changeStackFile?.Invoke(stack) ?? stack);
        var school = RepoPaths.Of("schools", "oakfield-primary");
        foreach (var file in Directory.GetFiles(school, "*", SearchOption.AllDirectories))
        {
            dir.WriteFile("schools/oakfield-primary/" + Path.GetRelativePath(school, file).Replace('\\', '/'), File.ReadAllText(file));
        }

        if (reviewedThisYear)
        {
            dir.WriteFile("schools/oakfield-primary/records/2026-11-16-fm-review.yaml", ThisYearsReview);
        }

        dir.WriteFile("controls/roles.yaml", SmallCatalogue);
        return dir;
    }

    private static (int Exit, string Out, string Err) Run(string root, bool terminal, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), root, ErrorIsTerminal: false)
        {
            OutIsTerminal = terminal,
        };
        var exit = Program.Run(["validate", .. args, "--controls", "controls"], cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_NothingToActOn_ExitsZero()
    {
        using var dir = Workspace(reviewedThisYear: true);
        var (exit, output, err) = Run(dir.Path, false);
        Assert.True(exit == 0, output + err);
        Assert.Contains("met         REV-01", output, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverdueAnnualReview_ExitsTwo()
    {
        using var dir = Workspace(reviewedThisYear: false);
        var (exit, output, _) = Run(dir.Path, false);
        Assert.Equal(2, exit);
        Assert.Contains("not met     REV-01", output, StringComparison.Ordinal);
        Assert.Contains("overdue  fm-review", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidConfig_ExitsOneWithTheDiagnostic()
    {
        using var dir = Workspace(true, s => s.Replace("  schoolinfra:monitoring:", "  schoolinfra:monitorring:", StringComparison.Ordinal));
        var (exit, output, _) = Run(dir.Path, false);
        Assert.Equal(1, exit);
        Assert.Contains("error SI2001", output, StringComparison.Ordinal);
        Assert.Contains("fix the errors above first", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadRecord_ExitsOne()
    {
        using var dir = Workspace(true);
        dir.WriteFile("schools/oakfield-primary/records/2026-11-20-note.yaml", "kind: meeting-note\ndate: 2026-11-20\nby: headteacher\n");
        var (exit, output, _) = Run(dir.Path, false);
        Assert.Equal(1, exit);
        Assert.Contains("SI2711", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownFormat_IsSI9005()
    {
        using var dir = Workspace(true);
        var (exit, _, err) = Run(dir.Path, false, "--format", "xml");
        Assert.Equal(1, exit);
        Assert.Contains("SI9005", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_CarriesStatusesAndTheExitCode()
    {
        using var dir = Workspace(reviewedThisYear: false);
        var (exit, output, _) = Run(dir.Path, false, "--format", "json");
        Assert.Equal(2, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("exitCode").GetInt32());
        var review = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("control").GetString() == "REV-01");
        Assert.Equal("notMet", review.GetProperty("status").GetString());
        Assert.Equal("fmSltLead", review.GetProperty("actionBy").GetString());
    }

    [Fact]
    public void Validate_SarifToAFile_PointsAtTheRecordThatIsOverdue()
    {
        using var dir = Workspace(reviewedThisYear: false);
        var (exit, output, _) = Run(dir.Path, false, "--format", "sarif", "--out", "validate.sarif");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.Of("validate.sarif")));
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "REV-01");
        Assert.Equal("REV-01", result.GetProperty("ruleId").GetString());
        Assert.Equal("schools/oakfield-primary/records/2025-11-10-fm-review.yaml",
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Validate_OnATerminal_IsColoured()
    {
        using var dir = Workspace(reviewedThisYear: false);
        Assert.Contains("\u001b[31m", Run(dir.Path, true).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", Run(dir.Path, false).Out, StringComparison.Ordinal);
    }
}
