using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class SecurityUpdatesRuleTests
{
    private readonly SecurityUpdatesRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "The update ring \"broad\" installs security updates within 12 days.");

    [Fact]
    public void Evaluate_RingAllowingTwentyDays_IsNotMet()
    {
        var config = Change.Windows(w => w with { UpdateRings = [.. w.UpdateRings.Select(r => r with { QualityDeferralDays = 11 })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The update ring \"broad\" allows 20 days (deferral 11, deadline 7, grace 2)");
    }

    [Fact]
    public void Evaluate_DeviceGroupInNoRing_IsNotMet()
    {
        var config = Change.Windows(w => w with { UpdateRings = [.. w.UpdateRings.Select(r => r with { DeviceGroups = ["staffLaptops"] })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The device group \"pupilLaptops\" is in no update ring.");
    }

    [Fact]
    public void Evaluate_IpadUpdatesWithinThirtyDays_IsNotMet()
    {
        var config = Change.Ipads(i => i with { OsUpdateWithinDays = 30 });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "iPadOS updates are enforced within 30 days; at most 14 are allowed.");
    }
}
