using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class EveryoneFilteredRuleTests
{
    private readonly EveryoneFilteredRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "13 groups map to exactly one filtering profile.");

    [Fact]
    public void Evaluate_GroupInNoProfile_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("staff", p => p with { Groups = [.. p.Groups.Remove("governors")] }));
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "The group \"governors\" is not in any filtering profile.");
        Assert.Equal(config.Identity.Groups.Single(g => g.Key == "governors").Span, finding.Location);
    }

    [Fact]
    public void Evaluate_GroupInTwoProfiles_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("guests", p => p with { Groups = [.. p.Groups, "support"] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The group \"support\" is in 2 filtering profiles (\"staff\" and \"guests\")");
    }

    [Fact]
    public void Evaluate_ProfileEnforcedOnlyByAzureDns_IsNotMet()
    {
        var dns = new AzureDnsBackend { PolicyName = "dns-oakfield", VirtualNetworkIds = ["/subscriptions/x/vnet-1"], Profile = "staff" };
        var config = Change.Filtering(f => (f with { AzureDns = dns }).Profile("guests", p => p with { EnforcedBy = [FilteringBackend.AzureDns] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "is enforced only by the Azure DNS policy");
    }

    [Fact]
    public void Evaluate_ConnectionThroughUndeclaredBackend_IsNotMet()
    {
        var config = Change.Filtering(f => f with { GlobalSecureAccess = null });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The connection \"backup4g\" is filtered by Global Secure Access, which is not declared.");
    }

    [Fact]
    public void Evaluate_NoFilteringDeclared_IsNotMet()
    {
        var config = Example.Config with { Filtering = null };
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No internet filtering is declared for the school.");
    }
}
