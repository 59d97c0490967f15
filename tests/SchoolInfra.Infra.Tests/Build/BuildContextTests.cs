using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Tests.Build;

public sealed class BuildContextTests
{
    [Fact]
    public void Add_SameLogicalNameTwice_IsSI3001AndKeepsTheFirst()
    {
        var bag = new DiagnosticBag();
        var context = new BuildContext(ExampleSchool.Config(), ExampleSchool.Today, bag);
        context.Add("group-x", "azuread:index/group:Group", PulumiValue.Map(), SourceSpan.At("f.yaml", 3, 5), "first", ["IAM-01"]);
        context.Add("group-x", "azuread:index/group:Group", PulumiValue.Map(), SourceSpan.At("f.yaml", 9, 5), "second", ["IAM-01"]);
        var d = Assert.Single(bag.ToSortedArray());
        Assert.Equal("SI3001", d.Code);
        Assert.Equal(9, d.Location.Line);
        Assert.Equal("first", Assert.Single(context.ToState("t").Resources).Purpose);
    }

    [Fact]
    public void DisplayName_StartsWithTheSchoolsShortName() =>
        Assert.Equal("Oakfield - Staff", new BuildContext(ExampleSchool.Config(), ExampleSchool.Today, new DiagnosticBag()).DisplayName("Staff"));
}
