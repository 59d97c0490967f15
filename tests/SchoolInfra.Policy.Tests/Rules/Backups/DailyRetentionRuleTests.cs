using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class DailyRetentionRuleTests
{
    private readonly DailyRetentionRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "The policy \"dailyFiles\" runs daily at 19:00 and keeps daily backups 30 days, weekly 12 weeks, monthly 12 months.");

    [Fact]
    public void Evaluate_FourteenDaysOfDailyBackups_IsNotMet()
    {
        var config = Change.Backups(b => b with { Policies = [.. b.Policies.Select(p => p with { KeepDailyDays = 14 })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "keeps daily backups for 14 days; at least 30 are needed.");
    }

    [Fact]
    public void Evaluate_VaultWithoutPolicy_IsNotMet()
    {
        var config = Change.Backups(b => b with { Policies = [] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The vault \"main\" has no backup policy.");
    }
}
