using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class SupervisedIpadRuleTests
{
    private readonly SupervisedIpadRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "Pupils cannot install apps, erase the iPad, create VPN configurations or use AirDrop.");

    [Fact]
    public void Evaluate_AirDropAllowed_IsNotMet()
    {
        var config = Change.Ipads(i => i with { Restrictions = i.Restrictions with { AirDrop = true } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Pupil iPads allow AirDrop.");
    }

    [Fact]
    public void Evaluate_NotSupervised_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Change.Ipads(i => i with { Supervised = false }))), "School iPads are not declared as supervised");

    [Fact]
    public void Evaluate_JamfProWithoutEnrolmentInstance_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Change.Ipads(i => i with { AdeInstanceId = null }))), "Jamf Pro has no Automated Device Enrolment instance declared");

    [Fact]
    public void Evaluate_JamfSchool_IsMetWithLiveCheck() =>
        Expect.Met(_rule.Evaluate(Example.Context(Change.Ipads(i => i with { ManagedBy = JamfProduct.JamfSchool, AdeInstanceId = null }))),
            "supervision and the restrictions are read from the Jamf School API");
}
