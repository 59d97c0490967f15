using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// validate --fail-on: the merge gate a repository chooses for CI. Weak controls are findings (exit 2 without the
/// option); with --fail-on high a high-severity control not met blocks (SI9012, exit 1); with --since only one that was
/// not already failing at the base revision does, as the pull-request workflow uses it.
/// </summary>
public sealed class MergeGateTests : IDisposable
{
    private const string Stack = "schools/Pulumi.oakfield-primary.yaml";
    private const string SecondEmergencyAccount =
        "      - key: emergency2\n        userPrincipalName: bg-emergency2@oakfieldprimaryexample.onmicrosoft.com\n        credential: passphrase\n        custodian: chairOfGovernors\n";

    private readonly TemporaryGitRepository _git = new();

    public MergeGateTests()
    {
        _git.CopyFromRepository("Pulumi.yaml", Stack, "schools/oakfield-primary", "policy/controls");
        _git.CommitAll("The example school", TemporaryGitRepository.Day(1));
    }

    public void Dispose() => _git.Dispose();

    [Fact]
    public void Validate_WithoutFailOn_ReportsTheExamplesFindingsWithExit2()
    {
        var (exit, _, err) = Run("validate");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("SI9012", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FailOnHigh_BlocksOnAHighControlNotMet()
    {
        // The example's annual filtering review (REV-01, high) is overdue on the example's date.
        var (exit, _, err) = Run("validate", "--fail-on", "high");

        Assert.Equal(1, exit);
        Assert.Contains("error SI9012: REV-01 (high) is not met, so validate --fail-on high blocks the merge", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FailOnHighSinceTheBase_PassesWhenNothingNewFails()
    {
        var (exit, _, err) = Run("validate", "--fail-on", "high", "--since", "HEAD");

        Assert.True(exit == 0, err);
        Assert.DoesNotContain("SI9012", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FailOnHighSinceTheBase_BlocksAControlThatWasMetThere()
    {
        // Governors given pupil records (IAM-07, high): met at the base, not met now.
        _git.WriteFile(Stack, ExampleSchool.Edit(File.ReadAllText(_git.Of(Stack)), "          - { area: governorHub, level: read }\n",
            "          - { area: governorHub, level: read }\n          - { area: mis, level: read }\n"));

        var (exit, _, err) = Run("validate", "--fail-on", "high", "--since", "HEAD");

        Assert.True(exit == 1, err);
        Assert.Contains(": error SI9012: IAM-07 (high) is not met, and it was not failing at HEAD, so validate --fail-on high blocks the merge", err, StringComparison.Ordinal);
        Assert.DoesNotContain("REV-01", err, StringComparison.Ordinal);
        Assert.Matches(@"schools/Pulumi\.oakfield-primary\.yaml:\d+:\d+: error SI9012", err);
    }

    [Fact]
    public void Validate_FailOnAWaivedControl_DoesNotBlock()
    {
        // One emergency account gives two problems (the count and the custody); a waiver covers only the one it names.
        var text = File.ReadAllText(_git.Of(Stack));
        _git.WriteFile(Stack, ExampleSchool.Edit(ExampleSchool.Edit(text, SecondEmergencyAccount, string.Empty), "  schoolinfra:waivers:\n",
            "  schoolinfra:waivers:\n    - control: IAM-05\n      problem: accountCount\n      reason: The second emergency account is being re-issued after a key was lost.\n      approvedBy: chairOfGovernors\n      approvedOn: 2026-11-20\n      expiresOn: 2026-12-18\n" +
            "    - control: IAM-05\n      problem: custody\n      reason: The chair of governors holds the second account again once it is re-issued.\n      approvedBy: chairOfGovernors\n      approvedOn: 2026-11-20\n      expiresOn: 2026-12-18\n"));

        var (exit, _, err) = Run("validate", "--fail-on", "high", "--since", "HEAD");

        Assert.True(exit == 0, err);
    }

    [Theory]
    [InlineData("SI9005", "--fail-on", "severe")]
    [InlineData("SI9010", "--since", "HEAD")]
    [InlineData("SI9009", "--fail-on", "high", "--since", "no-such-branch")]
    public void Validate_BadGateOptions_AreErrors(string code, params string[] options)
    {
        var (exit, _, err) = Run(["validate", .. options]);

        Assert.Equal(1, exit);
        Assert.Contains($"error {code}: ", err, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), _git.WorkingFolder, ErrorIsTerminal: false);
        var exit = Program.Run([.. args, "--today", "2026-11-23"], cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
