using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class BlockLoggingRuleTests
{
    private readonly BlockLoggingRule _rule = new();

    [Fact]
    public void Evaluate_LoggedProfilesAndFullLogSample_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(AccreditedProviderRuleTests.Check())), "holds a sample log line showing the device, the user, the time and what was blocked");

    [Fact]
    public void Evaluate_NoBackendIdentifiesUsers_IsNotMet()
    {
        var config = Change.Filtering(f => (f with { GlobalSecureAccess = f.GlobalSecureAccess! with { TrafficLogging = false } })
            .Upstream(u => u with { Enforces = [.. u.Enforces.Remove(FilterFeature.UserIdentification)] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config, null, AccreditedProviderRuleTests.Check())), "No backend of the profile \"youngPupils\" logs blocked requests with the user or device.");
    }

    [Fact]
    public void Evaluate_HighRiskAlertsMissDsl_IsNotMet()
    {
        var config = Example.Config with { Monitoring = Example.Config.Monitoring! with { HighRiskAlertsTo = [SchoolRole.ItProvider] } };
        Expect.NotMet(_rule.Evaluate(Example.Context(config, null, AccreditedProviderRuleTests.Check())), "High-risk alerts do not go to the designated safeguarding lead.");
    }

    [Fact]
    public void Evaluate_LogSampleWithoutUser_IsNotMet()
    {
        var check = TestRecords.Make(RecordKind.FmCheck, """
            date: 2026-10-06
            by: itProvider
            logSample: { device: LAPTOP-0042, time: 2026-10-06T10:14, blocked: a gambling site }
            """);
        Expect.NotMet(_rule.Evaluate(Example.Context(check)), "does not show the user");
    }

    [Fact]
    public void Evaluate_NoCheckOnRecord_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context()), "No termly filtering check holds a sample log line.");

    [Fact]
    public void Evaluate_LogSample_NeverShowsItsValues()
    {
        var finding = _rule.Evaluate(Example.Context(AccreditedProviderRuleTests.Check()));
        Assert.DoesNotContain(finding.Evidence, e => e.Contains("7731", StringComparison.Ordinal) || e.Contains("LAPTOP-0042", StringComparison.Ordinal));
    }
}
