using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class ManagedDeviceAccessRuleTests
{
    private readonly ManagedDeviceAccessRule _rule = new();

    /// <summary>The example school requires a compliant device for personal-data apps.</summary>
    private static Core.Model.SchoolConfig CompliantDeviceRequired(PolicyState state = PolicyState.Enabled) => Example.Config with
    {
        Identity = Example.Config.Identity with
        {
            ConditionalAccess = Example.Config.Identity.ConditionalAccess with { RequireCompliantDeviceForPersonalData = true, State = state },
        },
    };

    [Fact]
    public void Evaluate_CompliantDeviceRequired_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(CompliantDeviceRequired())), "The sign-in rules require a compliant, managed device for the apps that hold personal data.");

    [Fact]
    public void Evaluate_WithoutCompliantDeviceRule_IsNotMet()
    {
        var identity = Example.Config.Identity;
        var config = Example.Config with { Identity = identity with { ConditionalAccess = identity.ConditionalAccess with { RequireCompliantDeviceForPersonalData = false } } };
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The sign-in rules do not require a compliant, managed device");
    }

    [Fact]
    public void Evaluate_ReportOnlySignInRules_IsPartial() =>
        Expect.Partial(_rule.Evaluate(Example.Context(CompliantDeviceRequired(PolicyState.ReportOnly))), "report-only mode");

    [Fact]
    public void Evaluate_FreeEntraLicence_IsNotMet()
    {
        var config = CompliantDeviceRequired() with { School = Example.Config.School with { EntraLicence = EntraLicence.Free } };
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "need Entra ID P1");
    }
}
