using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class DataSourcesCoveredRuleTests
{
    private readonly DataSourcesCoveredRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "\"Microsoft 365 mail, OneDrive and SharePoint\" is backed up to \"m365Backup\".");

    [Fact]
    public void Evaluate_SourceOnlyInVaultWithoutPolicy_IsNotMet()
    {
        var config = Change.Backups(b => b with
        {
            Policies = [],
            DataSources = [.. b.DataSources.Select(s => s.Key == "adminServer" ? s with { BackedUpTo = ["cloudVault"] } : s)],
        });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "whose vault has no backup policy, so nothing is copied");
    }

    [Fact]
    public void Evaluate_NoMicrosoft365Source_IsNotMet()
    {
        var config = Change.Backups(b => b with { DataSources = [.. b.DataSources.Where(s => s.Kind != DataSourceKind.M365SharePoint)] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No Microsoft 365 data");
    }
}
