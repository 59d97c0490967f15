using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Leavers;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class LeaverRulesTests
{
    [Fact]
    public void Evaluate_MembershipFollowsTheSchoolsRecords_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new LeaversLoseAccessRule()));

    [Fact]
    public void Evaluate_GroupWithoutMembershipRule_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new LeaversLoseAccessRule(),
        Oakfield.WithGroup("teaching", g => g with { MembershipRule = null, Members = ["teacher.one@oakfield-primary.example"] })));

    [Fact]
    public void Evaluate_EveryGroupHasOneSource_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new ApprovedAccountsRule()));

    [Fact]
    public void Evaluate_GroupWithRuleAndNamedMembers_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new ApprovedAccountsRule(),
        Oakfield.WithGroup("office", g => g with { Members = ["temp.office@oakfield-primary.example"] })));

    [Fact]
    public void Evaluate_GroupWithNoSource_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new ApprovedAccountsRule(),
        Oakfield.WithGroup("office", g => g with { MembershipRule = null })));

    [Fact]
    public void Evaluate_UnusedAccountsWithoutObservedState_IsNoEvidence() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new UnusedAccountsRule()));

    [Fact]
    public void Evaluate_UnusedAccounts_IsNeverMetFromConfigAlone() =>
        Assert.NotEqual(FindingStatus.Met, Oakfield.Evaluate(new UnusedAccountsRule(), Oakfield.WithoutClassLogons()).Status);
}
