using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Infra.Build.Identity;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Guests;
using SchoolInfra.Policy.Rules.Identity;
using SchoolInfra.Policy.Rules.Mfa;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

/// <summary>
/// Issue 13's three misses: people re-typed as service accounts, administrators on everyday-looking accounts, and
/// groups given areas their role does not need (IAM-07); and the area reclassified as holding no personal data.
/// </summary>
public sealed class Identity13RulesTests
{
    private static UserGroup Governors => Oakfield.Config.Identity.Groups.Single(g => g.Key == "governors");

    [Fact]
    public void Compile_GovernorsRetypedAsService_StayInTheMfaRuleAndIam01IsNotMet()
    {
        var config = Oakfield.WithGroup("governors", g => g with { Kind = GroupKind.Service });

        var mfa = Oakfield.Evaluate(new MfaForPersonalDataRule(), config);
        var groups = Oakfield.Evaluate(new DeclaredGroupsRule(), config);

        // Compile keeps them in the MFA sign-in rule, so MFA-01 is met; IAM-01 says why they are still people.
        Met(mfa, "\"governors\" is declared as service accounts, but without a reason or still able to sign in interactively, so it is treated as people");
        NotMet(groups, "The group \"governors\" is declared as service accounts but gives no reason, so it is treated as people and kept in the MFA rule.");
        Assert.Equal(Governors.Span, groups.Location);
    }

    [Fact]
    public void Compile_DeclaredServiceGroupReachingPersonalData_StaysInTheMfaRule()
    {
        // Governors declared as service accounts with a reason and no interactive sign-in still reach the governors'
        // library, which holds personal data: compile keeps them in the MFA rule, and MFA-01 lists them as covered.
        var config = Oakfield.WithGroup("governors", g => g with { Kind = GroupKind.Service, ServiceReason = "Accounts used by the clerk's scanner.", InteractiveSignIn = false });

        Met(Oakfield.Evaluate(new MfaForPersonalDataRule(), config), "\"dsl\", \"itAdmins\" and \"governors\"");
    }

    [Fact]
    public void Evaluate_GovernorsLibraryReclassifiedWithoutAReason_IsNotMetForIam01AndGovernorsKeepMfa()
    {
        var config = Oakfield.WithIdentity(identity => identity with
        {
            AccessAreas = [.. identity.AccessAreas.Select(a => a.Key == "governorHub" ? a with { PersonalData = false } : a)],
        });

        NotMet(Oakfield.Evaluate(new DeclaredGroupsRule(), config), "The area \"Governors' document library\" is marked as holding no personal data, but does not say why.");
        Met(Oakfield.Evaluate(new MfaForPersonalDataRule(), config), "\"governors\"");
        Assert.True(PersonalDataReach.Reaches(config.Identity, config.Identity.Groups.Single(g => g.Key == "governors")));
    }

    [Fact]
    public void Evaluate_DeclaredServiceGroupWithoutPersonalData_IsOutsideMfaAndSaysWhy()
    {
        var config = Oakfield.WithIdentity(identity => identity with
        {
            Groups = [.. identity.Groups, new UserGroup
            {
                Key = "copiers", DisplayName = "Copier accounts", Kind = GroupKind.Service, Purpose = "Scan to email.", Owner = Core.Model.School.SchoolRole.BusinessManager,
                Access = [new AccessGrant { Area = "curriculumShare" }], ServiceReason = "Copier accounts that send scans to email.", InteractiveSignIn = false,
            }],
        });

        var finding = Oakfield.Evaluate(new MfaForPersonalDataRule(), config);

        Met(finding, "Outside the MFA rule as service accounts with no interactive sign-in: \"copiers\" (Copier accounts that send scans to email.).");
    }

    [Fact]
    public void Evaluate_AdminOnAnEverydayLookingAccount_IsNotMetForIam04()
    {
        var config = Oakfield.WithGroup("itAdmins", g => g with { Members = ["adm-technician1@oakfield-primary.example", "j.smith@oakfield-primary.example"] });

        NotMet(Oakfield.Evaluate(new FewSeparateAdminsRule(), config),
            "The administrator account \"j.smith@oakfield-primary.example\" looks like an everyday account: its name does not start with \"adm-\"");
    }

    [Fact]
    public void Evaluate_ExampleAdmins_AreSeparateAccounts() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new FewSeparateAdminsRule()));

    [Fact]
    public void Evaluate_ExampleGroupsReachOnlyWhatTheirRoleNeeds_IsMet() =>
        Met(Oakfield.Evaluate(new LeastPrivilegeRule()), "checked against the groups each area is for");

    [Fact]
    public void Evaluate_GovernorsGivenPupilRecords_IsNotMet()
    {
        var config = Oakfield.WithGroup("governors", g => g with { Access = [.. g.Access, new AccessGrant { Area = "mis" }] });

        var finding = Oakfield.Evaluate(new LeastPrivilegeRule(), config);

        NotMet(finding, "The group \"governors\" (governor) is given \"MIS (pupil records)\", which only teaching, support, office, slt, dsl and itAdmin groups need; no reason is written down.");
    }

    [Fact]
    public void Evaluate_GovernorsGivenPupilRecordsWithAReason_IsMetAndShowsTheReason()
    {
        var config = Oakfield.WithGroup("governors", g => g with
        {
            Access = [.. g.Access, new AccessGrant { Area = "mis", Reason = "The exclusions panel reads the pupil's record during a hearing." }],
        });

        Met(Oakfield.Evaluate(new LeastPrivilegeRule(), config), "\"governors\" reaches \"MIS (pupil records)\" beyond its role, with the reason: The exclusions panel");
    }

    [Fact]
    public void Evaluate_StaffGivenTheGovernorsLibrary_IsNotMet() =>
        NotMet(Oakfield.Evaluate(new LeastPrivilegeRule(), Oakfield.WithGroup("teaching", g => g with { Access = [.. g.Access, new AccessGrant { Area = "governorHub" }] })),
            "which only governor groups need");

    [Fact]
    public void Evaluate_TemporaryAccountInAStaffGroup_IsNotMetForGst03() =>
        NotMet(Oakfield.Evaluate(new GuestsReachOnlyWhatTheyNeedRule(), Oakfield.WithIdentity(identity => identity with
        {
            TemporaryAccounts = [.. identity.TemporaryAccounts.Select(a => a with { Group = "support" })],
        })), "The temporary account \"supplyYear3Autumn\" is placed in \"support\", which is not a guest group");

    private static void NotMet(Finding finding, string text)
    {
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.True(finding.Location.IsKnown, "a finding that is not met points at the place to fix");
        Says(finding, text);
    }

    private static void Met(Finding finding, string text)
    {
        FindingAssert.Is(FindingStatus.Met, finding);
        Says(finding, text);
    }

    private static void Says(Finding finding, string text) =>
        Assert.True(finding.Evidence.Prepend(finding.Summary).Any(e => e.Contains(text, StringComparison.Ordinal)),
            $"\"{text}\" is not in the finding: {finding.Summary}\n  {string.Join("\n  ", finding.Evidence)}");
}
