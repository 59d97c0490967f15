using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Tests.Build;

public class ResourceGroupBuilderTests
{
    [Fact]
    public void Build_ExampleSchool_EmitsTheResourceGroupOnceForBackupsAndLogs()
    {
        var state = ExampleCompile.State();

        var group = Assert.Single(state.OfType(AzureNativeTypes.ResourceGroup));
        Assert.Equal(ResourceNames.ResourceGroup, group.LogicalName);
        Assert.Equal("rg-oakfield-primary", group.TextAt("resourceGroupName"));
        Assert.Equal("uksouth", group.TextAt("location"));
        Assert.True(group.Options.Protect);
        Assert.Equal(["BAK-01", "LOG-02"], group.Controls.ToArray());
        Assert.All(state.Resources.Where(r => r.Properties["resourceGroupName"] is not null && r != group),
            r => Assert.Equal("${resourceGroup.name}", r.TextAt("resourceGroupName")));
    }

    [Fact]
    public void Build_NoAzureDomains_EmitsNoResourceGroup()
    {
        var state = ExampleCompile.State(ExampleCompile.Without(ExampleCompile.Text, "  schoolinfra:backups:", "  schoolinfra:monitoring:"));

        Assert.Null(state.Find(ResourceNames.ResourceGroup));
        Assert.DoesNotContain(state.Resources, r => r.Type.Contains(":recoveryservices:", StringComparison.Ordinal)
            || r.Type.Contains(":operationalinsights:", StringComparison.Ordinal));
    }
}
