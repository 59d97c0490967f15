using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Mfa;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class MfaRulesTests
{
    private static Core.Model.SchoolConfig ReportOnlySince(int daysAgo) => Oakfield.WithIdentity(i => i with
    {
        ConditionalAccess = i.ConditionalAccess with { State = PolicyState.ReportOnly, ReportOnlySince = Oakfield.Today.PlusDays(-daysAgo) },
    });

    private static Core.Model.SchoolConfig FreeLicence => Oakfield.Config with { School = Oakfield.Config.School with { EntraLicence = EntraLicence.Free } };

    [Fact]
    public void Evaluate_ExampleSignInRules_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new MfaForPersonalDataRule()));

    [Fact]
    public void Evaluate_StaffGroupWithoutMfa_IsNotMet()
    {
        // A new adult group declared after the desired state was built: no sign-in rule covers it.
        var config = Oakfield.WithIdentity(i => i with
        {
            Groups = [.. i.Groups, i.Groups.Single(g => g.Key == "support") with { Key = "cateringStaff" }],
        });
        var finding = Oakfield.Evaluate(new MfaForPersonalDataRule(), config, desired: Oakfield.Desired);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("cateringStaff", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ServiceAccountsWithoutPersonalData_IsMet()
    {
        var config = Oakfield.WithIdentity(i => i with
        {
            Groups = [.. i.Groups, i.Groups.Single(g => g.Key == "support") with { Key = "printing", Kind = GroupKind.Service, Access = [] }],
        });
        FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new MfaForPersonalDataRule(), config));
    }

    [Fact]
    public void Evaluate_SignInRulesOnlyReporting_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new MfaForPersonalDataRule(), ReportOnlySince(3)));

    [Fact]
    public void Evaluate_NoP1Licence_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new MfaForPersonalDataRule(), FreeLicence));

    [Fact]
    public void Evaluate_AdminsPhishingResistant_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new PhishingResistantAdminsRule()));

    [Fact]
    public void Evaluate_AdminRuleNotEnforced_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PhishingResistantAdminsRule(), ReportOnlySince(3)));

    [Fact]
    public void Evaluate_LegacySignInBlocked_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new LegacySignInBlockedRule()));

    [Fact]
    public void Evaluate_LegacyBlockNotEnforced_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new LegacySignInBlockedRule(), ReportOnlySince(3)));

    [Fact]
    public void Evaluate_LegacyBlockWithoutP1_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new LegacySignInBlockedRule(), FreeLicence));

    [Fact]
    public void Evaluate_AllRulesOnWithOnlyEmergencyExclusions_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new NoSignInGapsRule()));

    [Fact]
    public void Evaluate_ReportOnlyTrialWithin30Days_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new NoSignInGapsRule(), ReportOnlySince(10)));

    [Fact]
    public void Evaluate_ReportOnlyForMoreThan30Days_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new NoSignInGapsRule(), ReportOnlySince(40)));
}
