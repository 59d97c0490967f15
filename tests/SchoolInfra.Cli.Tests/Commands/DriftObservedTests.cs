using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary><c>schoolinfra drift --observed</c> on the example school's shipped tenant snapshot, alone and with its refresh digest.</summary>
public sealed class DriftObservedTests
{
    private const string Snapshot = "schools/oakfield-primary/live/tenant.json";
    private const string Refresh = "schools/oakfield-primary/live/refresh.json";
    private static readonly string[] Pinned = ["--observed-at", "2026-11-23T05:31:00Z", "--today", "2026-11-23"];

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, _ => null, new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), RepoPaths.Root, ErrorIsTerminal: false);
        var exit = Program.Run(["drift", .. args], cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Drift_ObservedExampleSnapshot_ReportsTheExtraAdministratorAndThePortalRule()
    {
        var (exit, output, err) = Run(["--observed", Snapshot, .. Pinned]);

        Assert.True(exit == 2, err);
        Assert.Contains("business.manager@oakfield-primary.example as Global Administrator", output, StringComparison.Ordinal);
        Assert.Contains("Staff MFA (made in the portal)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_RefreshAndObserved_CombinesBothSources()
    {
        var (exit, output, err) = Run(["--refresh", Refresh, "--observed", Snapshot, "--format", "json", .. Pinned]);

        Assert.True(exit == 2, err);
        Assert.Contains("\"microsoftGraph\"", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Global Administrator", output, StringComparison.Ordinal);
        Assert.Contains("ca-require-mfa", output, StringComparison.Ordinal);
        Assert.Contains("Excludes Senior leadership team from MFA.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_ObservedFileMissing_IsAnErrorNotNoDrift()
    {
        var (exit, output, err) = Run(["--observed", "schools/oakfield-primary/live/missing.json", .. Pinned]);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("SI4110", err, StringComparison.Ordinal);
    }
}
