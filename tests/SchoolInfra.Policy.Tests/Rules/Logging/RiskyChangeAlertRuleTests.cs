using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Logging;

namespace SchoolInfra.Policy.Tests.Rules.Logging;

public class RiskyChangeAlertRuleTests
{
    private readonly RiskyChangeAlertRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "The alerts reach the headteacher.");

    [Fact]
    public void Evaluate_AlertsMissHeadteacher_IsNotMet()
    {
        var config = Change.Logging(l => l with { AlertRoles = [SchoolRole.ItProvider] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The alerts do not reach the headteacher.");
    }

    [Fact]
    public void Evaluate_NoAlertOnEmergencyAccountSignIn_IsNotMet()
    {
        var config = Change.Logging(l => l with { Alerts = [.. l.Alerts.Remove(AlertTrigger.BreakGlassSignIn)] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "These risky changes raise no alert: an emergency account signing in.");
    }
}
