using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Devices;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public sealed class PhysicalSecurityRuleTests
{
    [Fact]
    public void Evaluate_ExampleCheck_IsMet() =>
        Expect.Met(Oakfield.Evaluate(new PhysicalSecurityRule()), "Checked on 2026-09-09: the server room is locked, network cabinets are locked");

    [Fact]
    public void Evaluate_WifiPointsWithinReach_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new PhysicalSecurityRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: physical-security\ndate: 2026-09-09\nby: businessManager\nserverRoomLocked: true\ncabinetsLocked: true\nwirelessSecured: false\ncablingProtected: true\nkeyHolders: [businessManager]\n"))),
        "does not confirm that Wi-Fi points are out of reach or locked.");

    [Fact]
    public void Evaluate_NeverChecked_IsNoEvidence() =>
        Expect.NoEvidence(Oakfield.Evaluate(new PhysicalSecurityRule(), records: Oakfield.Without(RecordKind.PhysicalSecurity)), "There is no yearly check of the physical security");
}
