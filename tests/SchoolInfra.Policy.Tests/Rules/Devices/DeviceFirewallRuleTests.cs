using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class DeviceFirewallRuleTests
{
    private readonly DeviceFirewallRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "Windows Firewall is on for the domain, private and public profiles.");

    [Fact]
    public void Evaluate_FirewallOff_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Change.Windows(w => w with { Firewall = false }))), "Windows Firewall is not required on school laptops.");

    [Fact]
    public void Evaluate_IpadsOnly_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(Change.Devices(d => d with { Windows = null }))), "No Windows devices are declared.");
}
