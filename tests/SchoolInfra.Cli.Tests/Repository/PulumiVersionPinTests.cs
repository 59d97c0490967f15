using SchoolInfra.Evidence.Pulumi;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>
/// Every workflow installs the one pinned Pulumi CLI (.github/pulumi-version), and the pin is at least 3.227: refresh
/// output and exit codes changed over time, and exit 7 for drift exists only from 3.227 (pulumi-contract.md C.6).
/// </summary>
public sealed class PulumiVersionPinTests
{
    [Fact]
    public void PulumiVersion_IsPinnedToATrustedRelease()
    {
        var pin = File.ReadAllText(RepoPaths.Of(".github", "pulumi-version")).Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+$", pin);
        Assert.True(PulumiCli.IsTrusted(pin), pin);
    }

    [Fact]
    public void Workflows_InstallThePinnedPulumi()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Of(".github", "workflows"), "*.yml"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("pulumi/actions@", StringComparison.Ordinal))
                {
                    Assert.True(lines.Skip(i + 1).Take(3).Any(l => l.Contains("pulumi-version-file: .github/pulumi-version", StringComparison.Ordinal)),
                        $"{Path.GetFileName(file)} line {i + 1} installs Pulumi without the pinned version");
                }
            }
        }
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
