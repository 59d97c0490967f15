using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Devices;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public sealed class LostDeviceRuleTests
{
    private static RecordSet Lost(string details) => Oakfield.Replacing(Oakfield.Record(
        $"kind: incident-log\ndate: 2026-11-20\nby: sltDigitalLead\nincidents:\n  - found: 2026-11-05\n    category: lostDevice\n    actions: Reported.\n    outcome: Found.\n{details}"));

    [Fact]
    public void Evaluate_ExampleLaptopReportedAndLocked_IsMet()
    {
        var finding = Oakfield.Evaluate(new LostDeviceRule());
        Expect.Met(finding, "1 device was lost or stolen in the last 12 months.");
        Expect.HasEvidence(finding, "Staff report a lost or stolen device to the IT provider and the school business manager at once.");
    }

    [Fact]
    public void Evaluate_ReportedAfterTwoDays_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new LostDeviceRule(), records: Lost("    reportedWithinHours: 48\n    remoteAction: locked\n")),
        "The device lost on 2026-11-05 was not reported within 24 hours.");

    [Fact]
    public void Evaluate_NeitherLockedNorWiped_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new LostDeviceRule(), records: Lost("    reportedWithinHours: 1\n")),
        "The device lost on 2026-11-05 is not recorded as locked or wiped remotely.");

    [Fact]
    public void Evaluate_PolicyWithoutALostDeviceRoute_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new LostDeviceRule(), records: Oakfield.Replacing(Oakfield.Record("kind: policy-approval\ndate: 2026-10-15\nby: chairOfGovernors\nreportingRoutes:\n  unsuitableContent: dsl\n"))),
        "The approved policy does not say who to tell when a school device is lost or stolen.");
}
