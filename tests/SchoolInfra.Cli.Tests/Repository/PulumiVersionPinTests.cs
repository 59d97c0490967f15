using SchoolInfra.Evidence.Pulumi;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>
/// The one pinned Pulumi CLI (.pulumi-version; WorkflowTests checks every workflow installs it) is a release the drift
/// readers trust: refresh output and exit codes changed over time, and exit 7 for drift exists only from 3.227
/// (pulumi-contract.md C.6).
/// </summary>
public sealed class PulumiVersionPinTests
{
    [Fact]
    public void PulumiVersion_IsPinnedToATrustedRelease()
    {
        var pin = File.ReadAllText(RepoPaths.Of(".pulumi-version")).Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+$", pin);
        Assert.True(PulumiCli.IsTrusted(pin), pin);
    }

    [Fact]
    public void DriftWorkflow_FindsTheIssueByItsMarkerAndTreatsOtherExitCodesAsFailure()
    {
        var workflow = File.ReadAllText(RepoPaths.Of(".github", "workflows", "drift.yml"));
        var script = File.ReadAllText(RepoPaths.Of(".github", "scripts", "drift-issue.sh"));
        Assert.Contains("--expect-no-changes", workflow, StringComparison.Ordinal);
        Assert.Contains("\"$REFRESH\" != \"0\" ] && [ \"$REFRESH\" != \"7\"", workflow, StringComparison.Ordinal);
        Assert.Contains("<!-- schoolinfra-drift:$stack -->", script, StringComparison.Ordinal);
        Assert.DoesNotContain("in:title", script, StringComparison.Ordinal);
        Assert.Contains("The drift check could not run", script, StringComparison.Ordinal);
    }
}
