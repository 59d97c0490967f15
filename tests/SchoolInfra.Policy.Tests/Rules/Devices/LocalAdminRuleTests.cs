using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class LocalAdminRuleTests
{
    private readonly LocalAdminRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "only the group \"itAdmins\" may be local administrators");

    [Fact]
    public void Evaluate_UsersAreLocalAdmins_IsNotMet()
    {
        var config = Change.Windows(w => w with { LocalAdmin = w.LocalAdmin with { UsersAreAdmins = true } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Signed-in users are local administrators on Windows devices.");
    }

    [Fact]
    public void Evaluate_LapsPasswordSixtyDaysOld_IsNotMet()
    {
        var config = Change.Windows(w => w with { LocalAdmin = w.LocalAdmin with { LapsPasswordAgeDays = 60 } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "LAPS changes the administrator password every 60 days; at most 30 are allowed.");
    }
}
