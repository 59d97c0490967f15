using SchoolInfra.Policy.Rules.Logging;

namespace SchoolInfra.Policy.Tests.Rules.Logging;

public class LogRetentionRuleTests
{
    private readonly LogRetentionRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet()
    {
        var finding = _rule.Evaluate(Example.Context());
        Expect.Met(finding, "keeps logs for 365 days");
        Expect.HasEvidence(finding, "in the desired state carry LOG-02.");
    }

    [Fact]
    public void Evaluate_NinetyDayRetention_IsNotMet()
    {
        var config = Change.Logging(l => l with { RetentionDays = 90 });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The workspace keeps logs for 90 days; at least 365 are needed");
    }
}
