using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Tests.Pulumi;

namespace SchoolInfra.Evidence.Tests.Example;

/// <summary>
/// The example school ships a refresh digest (schools/oakfield-primary/live/refresh.json) made from its compiled
/// template, with realistic drift. It must stay in step with the template, and read as exactly that drift.
/// </summary>
public sealed class ExampleRefreshTests
{
    private const string ShippedDigest = "schools/oakfield-primary/live/refresh.json";

    [Fact]
    public void ShippedDigest_IsTheExampleTemplateRefreshed() => Golden.MatchesRepoFile(ShippedDigest, ExampleRefresh.Digest());

    [Fact]
    public void ShippedDigest_ShowsTheExamplesDrift()
    {
        var bag = new Core.Diagnostics.DiagnosticBag();
        var observation = Evidence.Pulumi.PulumiRefreshSource.Observe(
            System.Text.Encoding.UTF8.GetBytes(ExampleRefresh.Digest()), ShippedDigest, PulumiFixtures.RunAt, PulumiFixtures.Context(), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        Assert.Equal(
            ["backupVault-main had soft delete turned off", "ca-require-mfa was switched to report-only", "gsa-olderPupils-blocked-domains was deleted"],
            observation!.Items.Select(i => $"{i.Resource.LogicalName} {(i.Kind == DriftKind.DeletedOutsidePipeline ? "was deleted" : DriftWording.Change(i))}").Order(StringComparer.Ordinal));
        Assert.Equal("azure-tags", Assert.Single(observation.Ignored).Rule);
        // Every declared resource was read; the deleted one was found missing, which is not a read.
        Assert.Equal(PulumiFixtures.Desired.Resources.Length - 1, observation.Source.ResourcesRead);
    }
}
