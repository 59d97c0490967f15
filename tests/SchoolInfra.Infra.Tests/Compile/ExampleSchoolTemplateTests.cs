using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Tests.Compile;

public class ExampleSchoolTemplateTests
{
    [Fact]
    public void Compile_ExampleSchool_MatchesTheGoldenTemplate() =>
        Golden.Matches("oakfield-primary/expected/template.yaml", ExampleSchool.Compile().Template ?? "");

    [Fact]
    public void Compile_ExampleSchoolTwice_GivesIdenticalBytes() =>
        Assert.Equal(ExampleSchool.Compile().Template, ExampleSchool.Compile().Template);

    [Fact]
    public void Build_EveryResource_HasControlsAndASourceSpan()
    {
        var state = ExampleSchool.State();

        Assert.All(state.Resources, r =>
        {
            Assert.NotEmpty(r.Controls);
            Assert.True(r.Source.IsKnown, $"{r.LogicalName} has no source span");
            Assert.Equal("schools/Pulumi.oakfield-primary.yaml", r.Source.File);
        });
    }

    [Fact]
    public void Build_EveryResourceType_IsAKnownToken() =>
        Assert.All(ExampleSchool.State().Resources, r => Assert.Contains(r.Type, KnownTypes.Resources));

    [Fact]
    public void Build_ExampleSchool_EmitsTheResourceGroupOnceForBackupsAndLogs()
    {
        var state = ExampleSchool.State();

        var group = Assert.Single(state.OfType(AzureNativeTypes.ResourceGroup));
        Assert.Equal(ResourceNames.ResourceGroup, group.LogicalName);
        Assert.Equal("rg-oakfield-primary", group.TextAt("resourceGroupName"));
        Assert.True(group.Options.Protect);
        Assert.All(state.Resources.Where(r => r.Properties["resourceGroupName"] is not null && r != group),
            r => Assert.Equal("${resourceGroup.name}", r.TextAt("resourceGroupName")));
    }

    [Fact]
    public void Compile_ExampleTemplate_EscapesTheDollarInAlertQueries()
    {
        var template = ExampleSchool.Compile().Template ?? "";

        Assert.Contains("(write|delete)$$", template, StringComparison.Ordinal);
        Assert.DoesNotContain("(write|delete)$\\\"", template, StringComparison.Ordinal);
    }
}
