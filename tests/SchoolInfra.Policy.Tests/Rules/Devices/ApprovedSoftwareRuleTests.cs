using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class ApprovedSoftwareRuleTests
{
    private readonly ApprovedSoftwareRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "Every app deployed to iPads (1) is approved, and pupils cannot install apps.");

    [Fact]
    public void Evaluate_UnapprovedIpadApp_IsNotMet()
    {
        var config = Change.Ipads(i => i with { Apps = [.. i.Apps, new IpadApp { Name = "Example Drawing Pad", AdamId = 1000000002 }] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The iPad app \"Example Drawing Pad\" is deployed but not on the approved-apps list.");
    }

    [Fact]
    public void Evaluate_AppApprovedByItProvider_IsNotMet()
    {
        var config = Change.Devices(d => d with { ApprovedApps = [.. d.ApprovedApps.Select(a => a with { ApprovedBy = SchoolRole.ItProvider })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "was approved by \"itProvider\", who is not a senior leader");
    }

    [Fact]
    public void Evaluate_PupilsInstallIpadApps_IsNotMet()
    {
        var config = Change.Ipads(i => i with { Restrictions = i.Restrictions with { PupilAppInstalls = true } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Pupils can install apps on iPads themselves.");
    }
}
