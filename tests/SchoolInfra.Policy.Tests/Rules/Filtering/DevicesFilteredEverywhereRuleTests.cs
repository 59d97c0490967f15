using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class DevicesFilteredEverywhereRuleTests
{
    private readonly DevicesFilteredEverywhereRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "School iPads are filtered off site by Global Secure Access.");

    [Fact]
    public void Evaluate_GlobalSecureAccessSwitchedOff_IsNotMet()
    {
        var config = Change.Filtering(f => f with { GlobalSecureAccess = f.GlobalSecureAccess! with { Enabled = false } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "School Windows laptops have no filtering when they leave school");
    }

    [Fact]
    public void Evaluate_ProviderAgentCoversDevicesOffSite_IsMet()
    {
        var config = Change.Filtering(f => (f with { GlobalSecureAccess = null })
            .Upstream(u => u with { Enforces = [.. u.Enforces, FilterFeature.OffSiteDevices] }));
        Expect.Met(_rule.Evaluate(Example.Context(config)), "School Windows laptops are filtered off site by the upstream filter.");
    }

    [Fact]
    public void Evaluate_PupilProfileNotEnforcedOffSite_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("olderPupils", p => p with { EnforcedBy = [FilteringBackend.Upstream] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The profile \"olderPupils\" is not enforced by Global Secure Access");
    }

    [Fact]
    public void Evaluate_GuestNetworkWithoutGuestProfile_IsNotMet()
    {
        var config = Change.Filtering(f => f with { Profiles = [.. f.Profiles.Where(p => p.Key != "guests")] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Personal devices may join the guest network, but no filtering profile is for guests.");
    }
}
