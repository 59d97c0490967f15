using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class ExceptionApprovalRuleTests
{
    private readonly ExceptionApprovalRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "2 exceptions are declared, approved by \"headteacher\" and \"secondResponsiblePerson\" only.");

    [Fact]
    public void Evaluate_ExceptionWithoutApprover_IsNotMet()
    {
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ApprovedBy = null, ApprovedOn = null }));
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "The exception for \"youtube.com\" has no approver.");
        Assert.Equal(SchoolRole.Headteacher, finding.ActionBy);
    }

    [Fact]
    public void Evaluate_ExceptionApprovedByItProvider_IsNotMet()
    {
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ApprovedBy = SchoolRole.ItProvider }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "was approved by \"itProvider\", who may not approve filtering changes");
    }

    [Fact]
    public void Evaluate_DeputyApprovesOwnRequest_IsNotMet()
    {
        // The second responsible person's job title in the example school is "Deputy headteacher".
        var config = Change.Filtering(f => f.Exception("example-coding-club.example", e => e with { RequestedBy = "Deputy headteacher" }));
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "was requested and approved by the same role (\"Deputy headteacher\")");
        Assert.Equal(SchoolRole.Headteacher, finding.ActionBy);
    }

    [Fact]
    public void Evaluate_DslApprovesWhenSchoolAllowsIt_IsMet()
    {
        var config = Change.Filtering(f => (f with { DslMayApprove = true }).Exception("youtube.com", e => e with { ApprovedBy = SchoolRole.Dsl }));
        Expect.Met(_rule.Evaluate(Example.Context(config)), "approved by \"headteacher\", \"secondResponsiblePerson\" and \"dsl\" only");
    }

    [Fact]
    public void Evaluate_DslApprovesWhenSchoolDoesNotAllowIt_IsNotMet()
    {
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ApprovedBy = SchoolRole.Dsl }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "was approved by \"dsl\", who may not approve filtering changes");
    }

    [Fact]
    public void Evaluate_ApprovalDatedInFuture_IsNotMet()
    {
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ApprovedOn = Example.Today.PlusDays(3) }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "is approved with a future date (2026-11-26)");
    }

    [Fact]
    public void Evaluate_ExceptionForEveryGroup_IsPartial()
    {
        var everyone = Example.Config.Identity.Groups.Select(g => g.Key).ToList();
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { Groups = [.. everyone] }));
        Expect.Partial(_rule.Evaluate(Example.Context(config)), "The exception for \"youtube.com\" unblocks it for every group.");
    }
}
