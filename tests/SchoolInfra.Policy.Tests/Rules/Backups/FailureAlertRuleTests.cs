using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class FailureAlertRuleTests
{
    private readonly FailureAlertRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "Failed jobs in the vault \"main\" alert \"itProvider\" and \"businessManager\".");

    [Fact]
    public void Evaluate_AlertsMissItProvider_IsNotMet()
    {
        var config = Change.Backups(b => b.Vault("main", v => v with { AlertRoles = [SchoolRole.BusinessManager] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "are not reported to the IT provider");
    }

    [Fact]
    public void Evaluate_AlertsReachNobodyAtSchool_IsNotMet()
    {
        var config = Change.Backups(b => b.Vault("main", v => v with { AlertRoles = [SchoolRole.ItProvider] }));
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "are reported to nobody at the school");
        Assert.Equal(SchoolRole.BusinessManager, finding.ActionBy);
    }
}
