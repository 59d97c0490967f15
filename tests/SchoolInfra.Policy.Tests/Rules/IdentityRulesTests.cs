using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Identity;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class IdentityRulesTests
{
    [Fact]
    public void Evaluate_ExampleGroups_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new DeclaredGroupsRule()));

    [Fact]
    public void Evaluate_GroupWithoutAccessList_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new DeclaredGroupsRule(), Oakfield.WithGroup("support", g => g with { Access = [] }));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("\"support\"", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TenantPartOfGroups_IsListedAsUnchecked() =>
        Assert.Contains(Policy.Catalogue.EvidenceKind.Tenant, Oakfield.Evaluate(new DeclaredGroupsRule()).Unchecked);

    [Fact]
    public void Evaluate_PupilsWithoutPersonalData_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new PupilsKeptFromPersonalDataRule()));

    [Fact]
    public void Evaluate_PupilGroupGivenTheMis_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PupilsKeptFromPersonalDataRule(),
        Oakfield.WithGroup("year6Pupils", g => g with { Access = [.. g.Access, new AccessGrant { Area = "mis" }] })));

    [Fact]
    public void Evaluate_PersonalAdultLogons_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new PersonalLogonsRule()));

    [Fact]
    public void Evaluate_GenericAdminAccount_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PersonalLogonsRule(),
        Oakfield.WithGroup("itAdmins", g => g with { Members = [.. g.Members, "office@oakfield-primary.example"] })));

    [Fact]
    public void Evaluate_AdultGroupOnClassLogon_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PersonalLogonsRule(),
        Oakfield.WithGroup("support", g => g with { Credentials = Credentials.ClassLogon })));

    [Fact]
    public void Evaluate_TwoNamedAdmins_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new FewSeparateAdminsRule()));

    [Fact]
    public void Evaluate_AdminGroupFilledByRule_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new FewSeparateAdminsRule(),
        Oakfield.WithGroup("itAdmins", g => g with { MembershipRule = "(user.department -eq \"IT\")" })));

    [Fact]
    public void Evaluate_MoreAdminsThanTheCatalogueAllows_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new FewSeparateAdminsRule(), Oakfield.WithGroup("itAdmins", g => g with
        {
            Members = ["adm-a@oakfield-primary.example", "adm-b@oakfield-primary.example", "adm-c@oakfield-primary.example", "adm-d@oakfield-primary.example"],
        }));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("6 accounts", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SealedWatchedEmergencyAccounts_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new EmergencyAccountsRule()));

    [Fact]
    public void Evaluate_NoAlertOnEmergencySignIn_IsNotMet()
    {
        var config = Oakfield.Config with { Logging = Oakfield.Config.Logging! with { Alerts = [AlertTrigger.ConditionalAccessChanged] } };
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new EmergencyAccountsRule(), config));
    }

    [Fact]
    public void Evaluate_BothEmergencyAccountsWithOneCustodian_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new EmergencyAccountsRule(),
        Oakfield.WithIdentity(i => i with { BreakGlass = [.. i.BreakGlass.Select(a => a with { Custodian = Core.Model.School.SchoolRole.ItProvider })] })));

    [Fact]
    public void Evaluate_NoCustodyRecord_IsNoEvidence() =>
        FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new EmergencyAccountsRule(), records: Oakfield.Without(RecordKind.BreakGlassCustody)));

    [Fact]
    public void Evaluate_RecentTransferRoutes_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new PersonalDataLeavesEncryptedRule()));

    [Fact]
    public void Evaluate_DataProtectionRecordWithoutRoutes_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PersonalDataLeavesEncryptedRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: data-protection\ndate: 2026-09-10\nby: dpo\n"))));

    [Fact]
    public void Evaluate_NoDataProtectionRecord_IsNoEvidence() =>
        FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new PersonalDataLeavesEncryptedRule(), records: Oakfield.Without(RecordKind.DataProtection)));
}
