using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary>
/// <c>validate</c> reads who approved each change from GitHub when the workflow's token is there: against a fake GitHub
/// API on loopback, with the example school's history in a temporary repository.
/// </summary>
public sealed class ValidateApprovalsTests : IAsyncLifetime, IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create(workspace: true);
    private FakeGitHub _github = null!;

    public async Task InitializeAsync() => _github = await FakeGitHub.StartAsync();

    public async Task DisposeAsync() => await _github.DisposeAsync();

    public void Dispose() => _history.Dispose();

    [Fact]
    public void WithoutAToken_ApprovalsAreNotChecked()
    {
        var (_, findings, _) = Validate(new Dictionary<string, string?>());

        Assert.Equal("noEvidence", Status(findings, "CHG-01"));
        Assert.Contains("Approvals on GitHub were not checked (no GitHub token was given)", Summary(findings, "CHG-01"), StringComparison.Ordinal);
        Assert.Empty(_github.Requests);
    }

    [Fact]
    public void BothChangesApprovedOnGitHub_Chg01AndChg02AreMet()
    {
        _github.Merged(21, "example-it-technician", _history.Approved.Sha, _history.Approved.Sha, ExampleHistory.ApprovedAt.AddMinutes(30))
            .Review("oakfield-example-head", ExampleHistory.ApprovedAt.AddMinutes(20));
        _github.Merged(22, "example-it-technician", _history.Records.Sha, _history.Records.Sha, ExampleHistory.RecordsAt.AddMinutes(30))
            .Review("oakfield-example-deputy", ExampleHistory.RecordsAt.AddMinutes(20));

        var (_, findings, diagnostics) = Validate(Token());

        Assert.Empty(diagnostics);
        Assert.Equal("met", Status(findings, "CHG-01"));
        Assert.Equal("met", Status(findings, "CHG-02"));
        Assert.Contains(_github.Requests, r => r.Path.EndsWith($"/commits/{_history.Approved.Sha}/pulls", StringComparison.Ordinal));
    }

    [Fact]
    public void ATrailerWithoutAReview_IsNotMet()
    {
        // The approved commit's message names the headteacher, but its pull request has no review.
        _github.Merged(21, "example-it-technician", _history.Approved.Sha, _history.Approved.Sha, ExampleHistory.ApprovedAt.AddMinutes(30));
        _github.Merged(22, "example-it-technician", _history.Records.Sha, _history.Records.Sha, ExampleHistory.RecordsAt.AddMinutes(30))
            .Review("oakfield-example-deputy", ExampleHistory.RecordsAt.AddMinutes(20));

        var (exit, findings, _) = Validate(Token());

        Assert.Equal(2, exit);
        Assert.Equal("notMet", Status(findings, "CHG-01"));
        Assert.Contains("claimed, not verified", Summary(findings, "CHG-01"), StringComparison.Ordinal);
    }

    [Fact]
    public void ATokenWithoutTheRepository_IsSI9141_AndNotChecked()
    {
        var (_, findings, diagnostics) = Validate(new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "test-token" });

        Assert.Equal(["SI9141"], diagnostics);
        Assert.Equal("noEvidence", Status(findings, "CHG-01"));
    }

    [Fact]
    public void ARefusedToken_IsSI9142_AndNotChecked()
    {
        _github.FailWith = 403;

        var (_, findings, diagnostics) = Validate(Token());

        Assert.Equal(["SI9142"], diagnostics);
        Assert.Equal("noEvidence", Status(findings, "CHG-01"));
        Assert.Contains("HTTP 403", Summary(findings, "CHG-01"), StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Token() => new()
    {
        ["GITHUB_TOKEN"] = "test-token",
        ["GITHUB_REPOSITORY"] = FakeGitHub.Repository,
        ["GITHUB_API_URL"] = _github.Address.ToString(),
    };

    private (int Exit, JsonElement Findings, List<string> Diagnostics) Validate(Dictionary<string, string?> environment)
    {
        var stdout = new StringWriter();
        var cli = new CliContext(stdout, new StringWriter(), name => environment.GetValueOrDefault(name),
            new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), _history.Root, ErrorIsTerminal: false);
        var exit = Program.Run(["validate", "--format", "json"], cli);
        var json = JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
        var diagnostics = json.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).Where(c => c.StartsWith("SI91", StringComparison.Ordinal)).ToList();
        return (exit, json.GetProperty("findings"), diagnostics);
    }

    private static JsonElement Finding(JsonElement findings, string id) => findings.EnumerateArray().Single(f => f.GetProperty("control").GetString() == id);

    private static string Status(JsonElement findings, string id) => Finding(findings, id).GetProperty("status").GetString()!;

    private static string Summary(JsonElement findings, string id) => Finding(findings, id).GetProperty("summary").GetString()!;
}
