using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Drift;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Policy.Drift;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Drift;

/// <summary>The school's drift settings (<c>schoolinfra:drift</c>) switch built-in ignore rules off and add its own.</summary>
public sealed class SchoolDriftCheckTests
{
    private static readonly PropertyDrift TagAdded = new("tags.ManagedBy", PropertyChange.Added, DriftValue.Absent, DriftValue.Known("\"LA\""));

    [Fact]
    public void IgnoreRules_WithoutSettings_AreTheBuiltInOnes()
    {
        var rules = SchoolDriftCheck.IgnoreRules(Oakfield.Config, new DiagnosticBag());
        Assert.Equal(DriftIgnoreRules.BuiltIn.Select(r => r.Name), rules.Rules.Select(r => r.Name));
    }

    [Fact]
    public void IgnoreRules_WatchedRuleAndOwnRule_AreApplied()
    {
        var config = Oakfield.Config with
        {
            Drift = new DriftSettings
            {
                Watch = ["azure-tags"],
                Ignore = [new DriftIgnoreEntry { Name = "la-labels", Types = "*", Path = "labels", Reason = "The local authority labels every resource." }],
            },
        };
        var bag = new DiagnosticBag();
        var rules = SchoolDriftCheck.IgnoreRules(config, bag);
        Assert.False(bag.HasErrors);
        Assert.Null(rules.Absorbing("azure-native:resources:ResourceGroup", TagAdded));
        Assert.Equal("la-labels", rules.Absorbing("azuread:index/group:Group", TagAdded with { Path = "labels.owner" })?.Name);
    }

    [Fact]
    public void IgnoreRules_UnknownWatchedRule_IsSI4021WithASuggestion()
    {
        var bag = new DiagnosticBag();
        SchoolDriftCheck.IgnoreRules(Oakfield.Config with { Drift = new DriftSettings { Watch = ["azure-tagz"] } }, bag);
        var error = Assert.Single(bag.ToSortedArray());
        Assert.Equal("SI4021", error.Code);
        Assert.Contains("azure-tags", error.Hint, StringComparison.Ordinal);
    }
}
