using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Tests.Drift;

public sealed class DriftIgnoreRulesTests
{
    private const string Vault = "azure-native:recoveryservices:Vault";
    private const string SignInRule = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

    [Theory]
    [InlineData("a.b.c", new[] { "a", "b", "c" })]
    [InlineData("ip.ipRanges[1]", new[] { "ip", "ipRanges", "1" })]
    [InlineData("tags[\"hidden-link:/x.y\"]", new[] { "tags", "hidden-link:/x.y" })]
    [InlineData("ingress[0].__defaults", new[] { "ingress", "0", "__defaults" })]
    public void Segments_SplitPulumiPaths(string path, string[] expected) =>
        Assert.Equal(expected, PropertyPaths.Segments(path));

    [Fact]
    public void Absorbing_TagAddedByAzure_IsIgnoredWithItsRule()
    {
        var rule = DriftIgnoreRules.Default.Absorbing(Vault, Added("tags.CostCentre"));
        Assert.Equal("azure-tags", rule?.Name);
    }

    [Fact]
    public void Absorbing_TagChangedRatherThanAdded_IsStillDrift() =>
        Assert.Null(DriftIgnoreRules.Default.Absorbing(Vault, new PropertyDrift("tags.CostCentre", PropertyChange.Changed, DriftValue.Known("\"a\""), DriftValue.Known("\"b\""))));

    [Fact]
    public void Absorbing_EtagAtAnyDepth_IsIgnored() =>
        Assert.Equal("azure-etag", DriftIgnoreRules.Default.Absorbing(Vault, Added("properties.etag"))?.Name);

    [Fact]
    public void Absorbing_AzureRuleOnOtherPackage_DoesNotApply() =>
        Assert.Null(DriftIgnoreRules.Default.Absorbing(SignInRule, Added("tags.CostCentre")));

    [Fact]
    public void Absorbing_SettingThatMatters_IsDrift() =>
        Assert.Null(DriftIgnoreRules.Default.Absorbing(SignInRule, new PropertyDrift("state", PropertyChange.Changed, DriftValue.Known("\"enabled\""), DriftValue.Known("\"disabled\""))));

    [Fact]
    public void ForSchool_WatchedRule_IsSwitchedOffAndOwnRulesAdded()
    {
        var own = new DriftIgnoreRule("la-labels", "The local authority labels every resource.", "*", "labels");
        var rules = DriftIgnoreRules.ForSchool(["azure-tags"], [own]);
        Assert.Null(rules.Absorbing(Vault, Added("tags.CostCentre")));
        Assert.Equal("la-labels", rules.Absorbing(SignInRule, Added("labels.owner"))?.Name);
    }

    [Fact]
    public void BuiltIn_EveryRuleHasAUniqueNameAndAReason()
    {
        Assert.Equal(DriftIgnoreRules.BuiltIn.Length, DriftIgnoreRules.BuiltIn.Select(r => r.Name).Distinct().Count());
        Assert.All(DriftIgnoreRules.BuiltIn, r => Assert.EndsWith(".", r.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("__defaults", true)]
    [InlineData("ingress[0].__defaults", true)]
    [InlineData("__internal.version", true)]
    [InlineData("state", false)]
    [InlineData("my__defaultsish", false)]
    public void IsBookkeepingPath_NamesBridgeAndEngineBookkeeping(string path, bool expected) =>
        Assert.Equal(expected, DriftBookkeeping.IsBookkeepingPath(path));

    private static PropertyDrift Added(string path) => new(path, PropertyChange.Added, DriftValue.Absent, DriftValue.Known("\"x\""));
}
