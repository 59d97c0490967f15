using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class BoundaryDeviceRuleTests
{
    private readonly BoundaryDeviceRule _rule = new();

    private static SchoolRecord Firewall(string firmwareChecked = "2026-10-06", string reason = "Remote support by the IT provider") =>
        TestRecords.Make(RecordKind.BoundaryDevice, $"""
            date: 2026-10-06
            by: itProvider
            device: main-firewall
            deviceKind: firewall
            defaultCredentialsChanged: 2024-09-02
            adminInterface: ipAllowList
            firmwareVersion: "7.2.8"
            firmwareChecked: {firmwareChecked}
            rulesReviewed: 2026-10-06
            physicallySecured: true
            inboundRules:
              - rule: HTTPS to the support gateway
                reason: {reason}
                approvedBy: sltDigitalLead
            """);

    [Fact]
    public void Evaluate_FirewallCheckedThisTerm_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(Firewall()), EvidenceKind.Record), "\"main-firewall\": default password changed, admin access restricted");

    [Fact]
    public void Evaluate_NoBoundaryDeviceOnRecord_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context(), EvidenceKind.Record), "No boundary device");

    [Fact]
    public void Evaluate_InboundRuleWithoutReason_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Firewall(reason: "~")), EvidenceKind.Record), "1 inbound rule on \"main-firewall\" has no written reason or approver.");

    [Fact]
    public void Evaluate_FirmwareNotCheckedLastTerm_IsNotMet()
    {
        // In the spring term the autumn firmware check is overdue from 2 January.
        var context = Example.Context(Example.Config, new(2027, 1, 20), Firewall(firmwareChecked: "2026-06-30"));
        Expect.NotMet(_rule.Evaluate(context, EvidenceKind.Record), "The firmware check of \"main-firewall\" was last recorded on 2026-06-30; the one for Autumn 2026 is overdue.");
    }
}
