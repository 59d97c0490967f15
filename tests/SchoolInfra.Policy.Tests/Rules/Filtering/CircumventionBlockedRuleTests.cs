using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class CircumventionBlockedRuleTests
{
    private readonly CircumventionBlockedRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "School iPads cannot create VPN configurations and pupils cannot install apps.");

    [Fact]
    public void Evaluate_ProfileNotBlockingProxies_IsNotMet()
    {
        // Global Secure Access has no published proxy and VPN category, so without the upstream filter nothing blocks them.
        var config = Change.Filtering(f => f.Profile("staff", p => p with { EnforcedBy = [FilteringBackend.GlobalSecureAccess] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The profile \"staff\" does not block proxy and VPN sites.");
    }

    [Fact]
    public void Evaluate_NoBackendBlocksCircumvention_IsNotMet()
    {
        var config = Change.Filtering(f => f.Upstream(u => u with { Enforces = [.. u.Enforces.Remove(FilterFeature.Circumvention)] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No backend of the profile \"guests\" blocks ways round the filter");
    }

    [Fact]
    public void Evaluate_IpadsAllowVpnCreation_IsNotMet()
    {
        var config = Change.Ipads(i => i with { Restrictions = i.Restrictions with { VpnCreation = true } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "School iPads allow VPN configurations to be created.");
    }
}
