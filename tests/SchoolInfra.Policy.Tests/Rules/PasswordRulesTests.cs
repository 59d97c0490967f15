using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Passwords;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class PasswordRulesTests
{
    private static Core.Model.SchoolConfig WithPasswords(Func<PasswordPolicy, PasswordPolicy> change) =>
        Oakfield.WithIdentity(i => i with { Passwords = change(i.Passwords) });

    [Fact]
    public void Evaluate_TwelveCharactersEnforcedByTheDirectory_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new StaffPasswordLengthRule()));

    [Fact]
    public void Evaluate_SchoolChoosesTenCharacters_IsPartial() =>
        FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new StaffPasswordLengthRule(), WithPasswords(p => p with { StaffMinLength = 10 })));

    [Fact]
    public void Evaluate_CloudOnlyStaffAccounts_IsPartial()
    {
        var finding = Oakfield.Evaluate(new StaffPasswordLengthRule(), WithPasswords(p => p with { StaffAccountSource = StaffAccountSource.Cloud }));
        FindingAssert.Is(FindingStatus.Partial, finding);
        Assert.Contains("minimum of 8", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DirectoryEnforcesLessThanDeclared_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new StaffPasswordLengthRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: provider-attestation\ndate: 2026-09-15\nby: itProvider\nstaffPasswordMinLength: 8\n"))));

    [Fact]
    public void Evaluate_NoAttestationOfTheEnforcedLength_IsNoEvidence() =>
        FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new StaffPasswordLengthRule(), records: Oakfield.Without(RecordKind.ProviderAttestation)));

    [Fact]
    public void Evaluate_SchoolBannedWords_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new BannedPasswordsRule()));

    [Fact]
    public void Evaluate_BannedWordTooShortForEntra_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new BannedPasswordsRule(), WithPasswords(p => p with { BannedWords = ["oak"] })));

    [Fact]
    public void Evaluate_BannedWordsWithoutP1_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new BannedPasswordsRule(),
        Oakfield.Config with { School = Oakfield.Config.School with { EntraLicence = EntraLicence.Free } }));

    [Fact]
    public void BannedList_HoldsTheSchoolsNameAndPassword()
    {
        var words = BannedPasswordsRule.BannedList(Oakfield.Config.School, Oakfield.Config.Identity.Passwords.BannedWords);
        Assert.Contains("oakfield", words);
        Assert.Contains("password", words);
        Assert.DoesNotContain("school", words);
    }

    [Fact]
    public void Evaluate_TenGuessesOnEveryDevice_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new LockoutRule()));

    [Fact]
    public void Evaluate_WindowsAllowsTwentyGuesses_IsNotMet()
    {
        var devices = Oakfield.Config.Devices!;
        var config = Oakfield.Config with { Devices = devices with { Windows = devices.Windows! with { MaxFailedSignIns = 20 } } };
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new LockoutRule(), config));
    }

    [Fact]
    public void Evaluate_NoRoutineExpiry_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new NoRoutineExpiryRule()));

    [Fact]
    public void Evaluate_PasswordsExpireEvery90Days_IsPartial() =>
        FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new NoRoutineExpiryRule(), WithPasswords(p => p with { ExpiryDays = 90 })));

    [Fact]
    public void Evaluate_CompromisedPasswordResetAfterTwoDays_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new NoRoutineExpiryRule(),
        records: Oakfield.Replacing(Oakfield.Record("""
            kind: incident-log
            date: 2026-11-20
            by: sltDigitalLead
            incidents:
              - found: 2026-11-02
                category: credentialCompromise
                actions: Password reset by the IT provider.
                outcome: Account secured.
                passwordResetWithinHours: 48
                sessionsRevoked: true
            """))));

    [Fact]
    public void Evaluate_IndividualPupilLogons_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new PupilSignInRule(), Oakfield.WithoutClassLogons()));

    [Fact]
    public void Evaluate_ExampleClassLogonsForEyfsAndKs1_IsPartial()
    {
        var finding = Oakfield.Evaluate(new PupilSignInRule());
        FindingAssert.Is(FindingStatus.Partial, finding);
        Assert.Contains("EYFS and KS1", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClassLogonsChosenForUpperKs2_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PupilSignInRule(),
        Oakfield.WithIdentity(i => i with { ClassLogonKeyStages = [KeyStage.Eyfs, KeyStage.Ks1, KeyStage.UpperKs2] })));

    [Fact]
    public void Evaluate_ClassLogonOutsideTheChosenKeyStages_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PupilSignInRule(),
        Oakfield.WithGroup("year6Pupils", g => g with { Credentials = Credentials.ClassLogon })));

    [Fact]
    public void Evaluate_ClassLogonWithoutSchoolNetworkRule_IsNotMet()
    {
        // The desired state of a school without class log-ons has no rule keeping them on the school network.
        var desired = Infra.Build.DesiredStateBuilder.Build("oakfield-primary", Oakfield.WithoutClassLogons(), Oakfield.Today, new Core.Diagnostics.DiagnosticBag());
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PupilSignInRule(), Oakfield.Config, desired: desired));
    }
}
