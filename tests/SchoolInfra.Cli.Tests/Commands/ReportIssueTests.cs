using NodaTime;
using NodaTime.Testing;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Reports.Issue;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary>
/// Issuing the governors' report (<c>report --issue</c>) adds a report-issue record whose pull request is the sign-off;
/// two issued reports in a temporary repository give the expected new, fixed and still-open problems.
/// </summary>
public sealed class ReportIssueTests : IDisposable
{
    private const string Records = "schools/oakfield-primary/records";

    private readonly ExampleHistory _history = ExampleHistory.Create(workspace: true);

    public void Dispose() => _history.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new Dictionary<string, string?> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") };
        var cli = new CliContext(stdout, stderr, name => environment.GetValueOrDefault(name),
            new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), _history.Root, ErrorIsTerminal: false);
        var exit = Program.Run(args, cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private IssuedReport Issued(string date)
    {
        var path = _history.Git.Of($"{Records}/{date}-report-issue.yaml");
        var bag = new DiagnosticBag();
        var records = RecordLoader.Load([($"{Records}/{date}-report-issue.yaml", File.ReadAllText(path))], new LocalDate(2026, 12, 31), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        return IssuedReport.From(Assert.Single(records.All)) ?? throw new InvalidOperationException("not a report-issue record");
    }

    [Fact]
    public void Issue_WritesARecordWithTheChecksumSignerMeetingAndOpenProblems()
    {
        var (exit, stdout, stderr) = Run("report", "--no-pdf", "--out", "out", "--today", "2026-11-23", "--issue", "--meeting", "2026-12-09");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"Wrote {Records}/2026-11-23-report-issue.yaml. Commit it in a pull request", stdout, StringComparison.Ordinal);
        var issued = Issued("2026-11-23");
        Assert.Equal(ReportIssueWriter.Checksum(File.ReadAllText(_history.Git.Of("out/governors.html"))), issued.Checksum);
        Assert.Equal(Core.Model.School.SchoolRole.ChairOfGovernors, issued.SignedOffBy);
        Assert.Equal(new LocalDate(2026, 12, 9), issued.Meeting);
        Assert.Equal(new LocalDate(2027, 3, 26), issued.NextReview);
        Assert.Contains(issued.Open, p => p.Control == "BAK-01" && p.Problem == "backup321" && p.Status == "not met");
        var record = File.ReadAllText(_history.Git.Of($"{Records}/2026-11-23-report-issue.yaml"));
        var counts = record.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("counts:", StringComparison.Ordinal));
        // The example ships a drift check (schools/oakfield-primary/live/drift.json) and a tenant read
        // (schools/oakfield-primary/live/tenant.json): what they found is not met too (IAM-04: an extra Global Administrator).
        Assert.Equal("counts: { met: 64, notMet: 12, partial: 0, noEvidence: 3, waived: 2 }", counts);
    }

    [Fact]
    public void Issue_BadMeetingDateOrSigner_IsAnErrorAndWritesNothing()
    {
        var (exit, _, stderr) = Run("report", "--no-pdf", "--out", "out", "--issue", "--meeting", "next Tuesday", "--signed-by", "caretaker");

        Assert.Equal(1, exit);
        Assert.Contains("--meeting", stderr, StringComparison.Ordinal);
        Assert.Contains("--signed-by", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_history.Git.Of("out")));
    }

    [Fact]
    public void TwoIssuedReports_GiveNewFixedAndStillOpen()
    {
        Assert.Equal(0, Run("report", "--no-pdf", "--out", "out1", "--today", "2026-11-23", "--issue").Exit);
        _history.Git.CommitAll("Issue the autumn report", new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

        // Between the two: the yearly review is held (fixes REV-01) and the staff password minimum drops to 8 (breaks PWD-01).
        var review = File.ReadAllText(_history.Git.Of($"{Records}/2025-11-10-fm-review.yaml")).Replace("date: 2025-11-10", "date: 2026-11-24", StringComparison.Ordinal);
        _history.Git.WriteFile($"{Records}/2026-11-24-fm-review.yaml", review);
        var stack = _history.Git.Of(ExampleHistory.StackFile);
        File.WriteAllText(stack, File.ReadAllText(stack).Replace("staffMinLength: 12", "staffMinLength: 8", StringComparison.Ordinal));
        _history.Git.CommitAll("Hold the yearly review; shorter staff passwords", new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        var (exit, _, stderr) = Run("report", "--no-pdf", "--out", "out2", "--today", "2026-11-25", "--issue");
        Assert.True(exit == 0, stderr);

        var trend = TrendBuilder.Between(Issued("2026-11-23"), Issued("2026-11-25").Open);

        Assert.Equal(["PWD-01"], trend.New.SelectMany(Controls).Distinct());
        Assert.Equal(["REV-01"], trend.Fixed.SelectMany(Controls).Distinct());
        var stillOpen = string.Join(", ", trend.StillOpen.SelectMany(Controls).Distinct());
        Assert.Equal("IAM-04, IAM-05, MFA-01, MFA-04, JML-03, FIL-02, FIL-05, BAK-01, BAK-02, BAK-05, BAK-07, CHG-01, CHG-02, CHG-04", stillOpen);
        Assert.Contains($"Since the report issued on 23 Nov 2026: 1 new problem, 1 fixed and {trend.StillOpen.Length} still open.",
            File.ReadAllText(_history.Git.Of("out2/governors.html")), StringComparison.Ordinal);
    }

    /// <summary>"IAM-05, MFA-01 and MFA-04: ..." names three controls (one problem they share is one line).</summary>
    private static string[] Controls(string line) =>
        line[..line.IndexOf(':', StringComparison.Ordinal)].Replace(" and ", ", ", StringComparison.Ordinal).Split(", ");
}
