using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary>
/// The example school against the whole catalogue (policy/controls). The filtering, backup, device and
/// log rules come from another branch, so these pass once both branches are merged.
/// </summary>
public sealed class ValidateExampleSchoolTests
{
    private static (int Exit, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var cli = new CliContext(stdout, new StringWriter(), _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), RepoPaths.Root, ErrorIsTerminal: false);
        var exit = Program.Run(["validate", .. args], cli);
        return (exit, stdout.ToString());
    }

    [Fact]
    public void Validate_ExampleSchool_MatchesGoldenFindings()
    {
        var (exit, output) = Run();
        Golden.Matches("oakfield-primary/expected/findings.txt", output);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Validate_ExampleSchool_ShowsTheOverdueReviewAndTheMicrosoft365Backups()
    {
        var (_, output) = Run("--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var controls = Directory.GetFiles(RepoPaths.Of("policy", "controls"), "*.yaml").Sum(f => File.ReadLines(f).Count(l => l.StartsWith("  - id: ", StringComparison.Ordinal)));
        Assert.Equal(controls, findings.Count);
        // The honest findings: an overdue annual review, and Microsoft 365 data with one backup copy that is neither
        // offline nor immutable (BAK-01 and BAK-02 judge each kind of data). Then what the saved drift check
        // (schools/oakfield-primary/live/drift.json) found: the MFA sign-in rule switched to report-only (MFA-01, MFA-04,
        // IAM-05), the blocked-domains filtering rule deleted (FIL-02, FIL-05), vault soft delete off (BAK-05, BAK-07;
        // BAK-01 and BAK-02 already), and CHG-04 while that drift is open. And what the saved tenant read
        // (schools/oakfield-primary/live/tenant.json) shows: a business manager made Global Administrator (IAM-04), a
        // rule made in the portal leaving the senior leadership team out of MFA (MFA-01) and an unrecorded sign-in with
        // an emergency account (IAM-05).
        string[] honest = ["REV-01", "BAK-01", "BAK-02", "MFA-01", "MFA-04", "IAM-04", "IAM-05", "FIL-02", "FIL-05", "BAK-05", "BAK-07", "CHG-04"];
        Assert.All(honest, id => Assert.Contains(findings, f => f.GetProperty("control").GetString() == id && f.GetProperty("status").GetString() == "notMet"));
        Assert.DoesNotContain(findings, f => f.GetProperty("status").GetString() is "notMet" or "partial" && !honest.Contains(f.GetProperty("control").GetString()));
    }

    [Fact]
    public void Validate_ExampleSchool_IsTheSameEveryRun() => Assert.Equal(Run().Out, Run().Out);
}
