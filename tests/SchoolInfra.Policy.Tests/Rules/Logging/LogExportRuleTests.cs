using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Logging;

namespace SchoolInfra.Policy.Tests.Rules.Logging;

public class LogExportRuleTests
{
    private readonly LogExportRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "are copied to the workspace \"log-oakfield-primary\"");

    [Fact]
    public void Evaluate_SignInLogsNotCopied_IsNotMet()
    {
        var config = Change.Logging(l => l with { EntraLogs = [EntraLogCategory.AuditLogs] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "These Entra logs are not copied to the workspace: \"signInLogs\"");
    }

    [Fact]
    public void Evaluate_FreeLicence_IsPartial()
    {
        var config = Example.Config with { School = Example.Config.School with { EntraLicence = EntraLicence.Free } };
        Expect.Partial(_rule.Evaluate(Example.Context(config)), "copying sign-in logs out needs Entra ID P1 or P2");
    }

    [Fact]
    public void Evaluate_P2WithoutRiskyUserLogs_IsPartial()
    {
        var config = Example.Config with { School = Example.Config.School with { EntraLicence = EntraLicence.P2 } };
        Expect.Partial(_rule.Evaluate(Example.Context(config)), "the risky-user logs can be kept too");
    }

    [Fact]
    public void Evaluate_NoLoggingDeclared_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Example.Config with { Logging = null })), "No audit log workspace is declared");

    [Fact]
    public void Evaluate_ProviderAttestationWithLogRetention_IsShown() =>
        Expect.Met(_rule.Evaluate(Example.Context(Filtering.AccreditedProviderRuleTests.Attestation())), "The filtering provider keeps its logs for 400 days");
}
