using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Devices;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public sealed class PersonalUseRuleTests
{
    private static RecordSet Policy(string fields) =>
        Oakfield.Replacing(Oakfield.Record($"kind: policy-approval\ndate: 2026-10-15\nby: chairOfGovernors\n{fields}"));

    [Fact]
    public void Evaluate_ExampleLimitedUseWithRules_IsMet() =>
        Expect.Met(Oakfield.Evaluate(new PersonalUseRule()), "Limited personal use is allowed: Staff may use their school laptop");

    [Fact]
    public void Evaluate_NoPersonalUseAtAll_IsMet() =>
        Expect.Met(Oakfield.Evaluate(new PersonalUseRule(), records: Policy("personalUse: none\n")), "School devices may not be used for personal things.");

    [Fact]
    public void Evaluate_LimitedUseWithoutRules_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new PersonalUseRule(), records: Policy("personalUse: limited\n")),
        "allows some personal use of school devices but does not say what");

    [Fact]
    public void Evaluate_PolicySilentOnPersonalUse_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new PersonalUseRule(), records: Policy("policy: Technical security policy\n")),
        "does not say whether school devices may be used for personal things");

    [Fact]
    public void Evaluate_NoApprovedPolicy_IsNoEvidence() =>
        Expect.NoEvidence(Oakfield.Evaluate(new PersonalUseRule(), records: Oakfield.Without(RecordKind.PolicyApproval)), "No technical security policy approved");
}
