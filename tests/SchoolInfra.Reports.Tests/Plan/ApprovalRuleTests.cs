using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Plan;

namespace SchoolInfra.Reports.Tests.Plan;

public sealed class ApprovalRuleTests
{
    private static readonly SchoolRoles Roles = ExampleSchool.Config().Roles;

    [Fact]
    public void For_NoRisk_EitherApproverMay()
    {
        var approval = ApprovalRule.For(Roles, []);

        Assert.False(approval.HeadteacherOnly);
        Assert.Equal("the headteacher (Mrs H. Ashcombe) or the second responsible person (Mr D. Fenwick)", approval.Approvers);
    }

    [Theory]
    [InlineData(RiskFlag.MfaWeakened)]
    [InlineData(RiskFlag.FilteringLoosened)]
    [InlineData(RiskFlag.BackupRetentionCut)]
    [InlineData(RiskFlag.AdminAdded)]
    [InlineData(RiskFlag.ImmutabilityChanged)]
    [InlineData(RiskFlag.DeviceBaselineWeakened)]
    public void For_HigherRiskFlag_NeedsTheHeadteacher(RiskFlag flag)
    {
        var approval = ApprovalRule.For(Roles, [flag]);

        Assert.True(approval.HeadteacherOnly);
        Assert.Equal("the headteacher (Mrs H. Ashcombe)", approval.Approvers);
        Assert.Contains(RiskFlags.Label(flag).ToLowerInvariant(), approval.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_FilteringExceptionOnly_EitherApproverMay() =>
        Assert.False(ApprovalRule.For(Roles, [RiskFlag.ExceptionAdded]).HeadteacherOnly);

    [Fact]
    public void For_NoSecondResponsiblePerson_OnlyTheHeadteacher()
    {
        var approval = ApprovalRule.For(Roles with { SecondResponsiblePerson = null }, []);

        Assert.True(approval.HeadteacherOnly);
        Assert.Contains("No second responsible person is named", approval.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void HowToRecord_IsAnApprovalOnGitHub_NeverTypedText()
    {
        Assert.Contains("Approve this pull request on GitHub", ApprovalRule.HowToRecord, StringComparison.Ordinal);
        Assert.Contains("a name typed into a message does not count", ApprovalRule.HowToRecord, StringComparison.Ordinal);
        Assert.DoesNotContain("Approved-by", ApprovalRule.HowToRecord, StringComparison.Ordinal);
    }
}
