using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.RolesReviews;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class RolesAndReviewsRulesTests
{
    private static Core.Model.SchoolConfig WithRoles(Func<SchoolRoles, SchoolRoles> change) => Oakfield.Config with { Roles = change(Oakfield.Config.Roles) };

    private const string CurrentReview = """
        kind: fm-review
        date: 2026-11-16
        by: fmSltLead
        participants: [fmSltLead, dsl, itProvider, responsibleGovernor]
        covers: [riskProfile, blockingReasons, outsideInfluences, safeguardingReports, digitalResilience, teachingNeeds, technologyInUse, relatedPolicies, checksDone]
        actions:
          - action: Add the new Year 2 iPads to the termly check.
            owner: itProvider
            due: 2027-01-15
        """;

    [Fact]
    public void Evaluate_GovernorAndLeaderNamed_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new FilteringOwnersRule()));

    [Fact]
    public void Evaluate_NoResponsibleGovernor_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new FilteringOwnersRule(), WithRoles(r => r with { ResponsibleGovernor = null })));

    [Fact]
    public void Evaluate_GovernorAndLeaderSamePerson_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new FilteringOwnersRule(), WithRoles(r => r with { ResponsibleGovernor = r.FmSltLead })));

    [Fact]
    public void Evaluate_RolesNamedAndProviderAttested_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new NamedRolesRule()));

    [Fact]
    public void Evaluate_NoDeputyDsl_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new NamedRolesRule(), WithRoles(r => r with { DeputyDsl = null })));

    [Fact]
    public void Evaluate_ProviderContractEnded_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new NamedRolesRule(),
        WithRoles(r => r with { ItProvider = r.ItProvider! with { ContractEnds = new LocalDate(2026, 8, 31) } })));

    [Fact]
    public void Evaluate_ProviderAttestationOverAYearOld_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new NamedRolesRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: provider-attestation\ndate: 2025-09-15\nby: itProvider\n"))));

    [Fact]
    public void Evaluate_SecondPersonNamed_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new SecondResponsiblePersonRule()));

    [Fact]
    public void Evaluate_SecondPersonIsTheHeadteacher_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new SecondResponsiblePersonRule(),
        WithRoles(r => r with { SecondResponsiblePerson = r.Headteacher })));

    [Fact]
    public void Evaluate_NoSecondPerson_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new SecondResponsiblePersonRule(),
        WithRoles(r => r with { SecondResponsiblePerson = null })));

    [Fact]
    public void Evaluate_ExampleAnnualReviewOverdue_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new AnnualFmReviewRule());
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("due by 2026-11-10", finding.Summary, StringComparison.Ordinal);
        Assert.Equal("schools/oakfield-primary/records/2025-11-10-fm-review.yaml", finding.Location.File);
    }

    [Fact]
    public void Evaluate_ReviewThisAcademicYear_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new AnnualFmReviewRule(), records: Oakfield.With(Oakfield.Record(CurrentReview))));

    [Fact]
    public void Evaluate_ReviewWithoutTheGovernor_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new AnnualFmReviewRule(),
        records: Oakfield.With(Oakfield.Record(CurrentReview.Replace(", responsibleGovernor]", "]", StringComparison.Ordinal)))));

    [Fact]
    public void Evaluate_TermsCheckCoversEverything_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new TermlyFmCheckRule()));

    [Fact]
    public void Evaluate_AdultContentNotBlockedInTheCheck_IsNotMet()
    {
        var text = File.ReadAllText(RepoPaths.Of("schools", "oakfield-primary", "records", "2026-10-06-fm-check.yaml"));
        var check = Oakfield.Record(text.Replace("terrorism: blocked, adult: blocked }", "terrorism: blocked, adult: allowed }", StringComparison.Ordinal));
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new TermlyFmCheckRule(), records: Oakfield.Replacing(check)));
    }

    [Fact]
    public void Evaluate_CheckMissingAProfile_IsPartial()
    {
        var text = File.ReadAllText(RepoPaths.Of("schools", "oakfield-primary", "records", "2026-10-06-fm-check.yaml"));
        var check = Oakfield.Record(text.Replace("  - { profile: guests, platform: windows, connection: mainLine, childAbuse: blocked, terrorism: blocked, adult: blocked }\n", string.Empty, StringComparison.Ordinal));
        var finding = Oakfield.Evaluate(new TermlyFmCheckRule(), records: Oakfield.Replacing(check));
        FindingAssert.Is(FindingStatus.Partial, finding);
        Assert.Contains("\"guests\"", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BackupLineNotTestedButExplained_IsMet()
    {
        var text = File.ReadAllText(RepoPaths.Of("schools", "oakfield-primary", "records", "2026-10-06-fm-check.yaml"))
            .Replace("connection: backup4g", "connection: mainLine", StringComparison.Ordinal)
            + "untestedConnections:\n  - { connection: backup4g, action: The router is being replaced; test it in the spring check. }\n";
        FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new TermlyFmCheckRule(), records: Oakfield.Replacing(Oakfield.Record(text))));
    }

    [Fact]
    public void Evaluate_NoCheckAfterTheTermEnds_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new TermlyFmCheckRule(), records: Oakfield.Without(RecordKind.FmCheck), today: new LocalDate(2027, 1, 2)));

    [Fact]
    public void Evaluate_TermsAccessReviewBySeniorLeader_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new AccessReviewRule()));

    [Fact]
    public void Evaluate_SchoolChoosesAnnualAccessReviews_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new AccessReviewRule(),
        Oakfield.Config with { Reviews = Oakfield.Config.Reviews with { AccessRights = ReviewFrequency.Annual } }));

    [Fact]
    public void Evaluate_NoAccessReviewWhenTheTermEnded_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new AccessReviewRule(), records: Oakfield.Without(RecordKind.AccessReview), today: new LocalDate(2027, 1, 4)));

    [Fact]
    public void Evaluate_AccessReviewByTheBusinessManager_DoesNotCount() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new AccessReviewRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: access-review\ndate: 2026-10-14\nby: businessManager\n"))));

    [Fact]
    public void Evaluate_RiskAssessedAndPlanTested_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new RiskAndContinuityRule()));

    [Fact]
    public void Evaluate_ContinuityTestOverAYearOld_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new RiskAndContinuityRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: continuity-test\ndate: 2025-06-10\nby: sltDigitalLead\ncabinetsSecured: true\nofflinePlanCopy: true\n"))));

    [Fact]
    public void Evaluate_CyberRisksNotOnTheRegister_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new RiskAndContinuityRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: risk-assessment\ndate: 2026-09-23\nby: sltDigitalLead\ncyberOnRiskRegister: false\n"))));

    private const string Enhanced = "enhanced: { responsibleGovernor: 2026-09-23, fmSltLead: 2026-09-16, dsl: 2026-09-16 }\n";

    /// <summary>A training record for the example school's groups, with the given counts (trained of all) per group.</summary>
    private static Evidence.Records.RecordSet Training(int teaching = 14, int support = 9, int governors = 3) =>
        Oakfield.Replacing(Oakfield.Record("kind: training\ndate: 2026-09-30\nby: sltDigitalLead\ngroups:\n" +
            $"  - {{ group: teaching, trained: {teaching}, of: 14 }}\n  - {{ group: support, trained: {support}, of: 9 }}\n" +
            "  - { group: office, trained: 3, of: 3 }\n  - { group: slt, trained: 4, of: 4 }\n  - { group: dsl, trained: 3, of: 3 }\n" +
            $"  - {{ group: itAdmins, trained: 2, of: 2 }}\n  - {{ group: governors, trained: {governors}, of: 11 }}\n" + Enhanced));

    /// <summary>
    /// Issue 12: "staff and governors were trained" while 3 of 11 governors were. Staff and governors are counted on
    /// their own and the finding says exactly how many.
    /// </summary>
    [Fact]
    public void Evaluate_ExampleTraining_IsMetAndCountsGovernorsOnTheirOwn()
    {
        var finding = Oakfield.Evaluate(new TrainingRule());
        FindingAssert.Is(FindingStatus.Met, finding);
        Assert.Equal("35 of 35 staff (100%) were trained this year, and 3 of 11 governors; the standard asks for at least one governor.", finding.Summary);
        Assert.Equal("By group: 14 of 14 teaching staff, 9 of 9 support staff, 3 of 3 office staff, 4 of 4 senior leadership team, 3 of 3 safeguarding leads, 2 of 2 IT administrators and 3 of 11 governors.", finding.Evidence[^1]);
        Assert.DoesNotContain("Staff and governors were trained", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EightyPercentOfStaffTrained_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new TrainingRule(), records: Training(teaching: 5));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("Only 26 of 35 staff (74%) completed the training; the target is 90% or more.", finding.Summary);
    }

    [Fact]
    public void Evaluate_OneStaffGroupBehind_IsPartialForThatGroup()
    {
        var finding = Oakfield.Evaluate(new TrainingRule(), records: Training(support: 7));
        FindingAssert.Is(FindingStatus.Partial, finding);
        Assert.Equal("Only 7 of 9 support staff completed the training.", finding.Summary);
    }

    [Fact]
    public void Evaluate_NoGovernorTrained_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new TrainingRule(), records: Training(governors: 0));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("noGovernorTrained", finding.Problems[0].Key);
    }

    [Fact]
    public void Evaluate_StaffGroupNotCounted_IsPartial() => FindingAssert.Is(FindingStatus.Partial, Oakfield.Evaluate(new TrainingRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: training\ndate: 2026-09-30\nby: sltDigitalLead\ngroups:\n  - { group: teaching, trained: 14, of: 14 }\n  - { group: governors, trained: 1, of: 11 }\n" + Enhanced))));

    [Fact]
    public void Evaluate_PolicyApprovedAndLicencesReconciled_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new PolicyAndLicencesRule()));

    [Fact]
    public void Evaluate_MoreLicencesUsedThanBought_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new PolicyAndLicencesRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: licence-reconciliation\ndate: 2026-10-16\nby: businessManager\nconsumedWithinPrepaid: false\nosEndOfSupportRecorded: true\n"))));

    [Fact]
    public void Evaluate_PolicyApprovedByTheHeadteacherAlone_DoesNotCount() => FindingAssert.Is(FindingStatus.NoEvidence, Oakfield.Evaluate(new PolicyAndLicencesRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: policy-approval\ndate: 2026-10-15\nby: headteacher\n"))));
}
