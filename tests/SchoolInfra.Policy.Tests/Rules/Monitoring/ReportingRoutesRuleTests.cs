using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Monitoring;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Monitoring;

public sealed class ReportingRoutesRuleTests
{
    private static RecordSet Policy(string routes) => Oakfield.Replacing(Oakfield.Record(
        $"kind: policy-approval\ndate: 2026-10-15\nby: chairOfGovernors\nreportingRoutes:\n{routes}"));

    [Fact]
    public void Evaluate_ExampleRoutesAndTraining_IsMet()
    {
        var finding = Oakfield.Evaluate(new ReportingRoutesRule());
        Expect.Met(finding, "Staff report unsuitable content to the designated safeguarding lead and the deputy safeguarding lead.");
        Expect.HasEvidence(finding, "Staff report a useful site that is blocked to the senior leader for filtering and monitoring.");
    }

    [Fact]
    public void Evaluate_NoRouteForOverBlocking_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new ReportingRoutesRule(), records: Policy("  unsuitableContent: dsl\n  securityIncidents: itProvider\n")),
        "The approved policy does not say who staff tell about a useful site that is blocked.");

    [Fact]
    public void Evaluate_UnsuitableContentOnlyToTheItProvider_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new ReportingRoutesRule(), records: Policy("  unsuitableContent: itProvider\n  overBlocking: fmSltLead\n  securityIncidents: itProvider\n")),
        "Reports of unsuitable content do not go to the safeguarding lead or a deputy.");

    [Fact]
    public void Evaluate_RoutesNotInThisYearsTraining_IsPartial() => Expect.Partial(
        Oakfield.Evaluate(new ReportingRoutesRule(), records: Oakfield.Replacing(Oakfield.Record("kind: training\ndate: 2026-09-30\nby: sltDigitalLead\ntopics: [cyberSecurity]\n"))),
        "does not show that staff were told how to report");

    [Fact]
    public void Evaluate_NoApprovedPolicy_IsNoEvidence() => Expect.NoEvidence(
        Oakfield.Evaluate(new ReportingRoutesRule(), records: Oakfield.Without(RecordKind.PolicyApproval)),
        "No technical security policy approved by the governors");
}
