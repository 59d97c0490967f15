using NodaTime;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class RestoreTestRuleTests
{
    private readonly RestoreTestRule _rule = new();

    private static SchoolRecord RestoreTest(string date, string result = "pass", string scope = "files", string copy = "officeNas") =>
        TestRecords.Make(RecordKind.RestoreTest, $"""
            date: {date}
            by: itProvider
            restored: Office shared folder
            scope: {scope}
            copy: {copy}
            minutes: 35
            result: {result}
            """);

    [Fact]
    public void Evaluate_TestThisTermAndFullRestoreFromOfflineCopy_IsMet()
    {
        var finding = _rule.Evaluate(Example.Context(RestoreTest("2026-10-14"), RestoreTest("2026-07-08", scope: "system", copy: "cloudVault")), EvidenceKind.Record);
        Expect.Met(finding, "The restore test for Autumn 2026 was done on 2026-10-14; the next is due by 2027-01-01.");
        Expect.HasEvidence(finding, "The latest restore test (2026-10-14) passed.");
    }

    [Fact]
    public void Evaluate_NoRestoreTest_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context(), EvidenceKind.Record), "There is no restore test record yet");

    [Fact]
    public void Evaluate_LastTermMissedAfterGrace_IsNotMet()
    {
        // Spring term 2027: the autumn test was due by 1 January; the only test is from the summer before.
        var finding = _rule.Evaluate(Example.Context(Example.Config, new(2027, 1, 12), RestoreTest("2026-07-08", scope: "system", copy: "cloudVault")), EvidenceKind.Record);
        Expect.NotMet(finding, "The restore test for Autumn 2026 is overdue: it was due by 2027-01-01 and the last was on 2026-07-08.");
    }

    [Fact]
    public void Evaluate_LatestTestFailed_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(RestoreTest("2026-11-02", result: "fail"), RestoreTest("2026-07-08", scope: "system", copy: "cloudVault")), EvidenceKind.Record),
            "The restore test of 2026-11-02 failed, and no test has passed since.");

    [Fact]
    public void Evaluate_NoWholeSystemRestoredThisYear_IsPartial() =>
        Expect.Partial(_rule.Evaluate(Example.Context(RestoreTest("2026-10-14", copy: "cloudVault")), EvidenceKind.Record),
            "No whole system or mailbox has been restored successfully in the last 12 months.");

    [Fact]
    public void Evaluate_NeverRestoredFromOfflineCopy_IsPartial() =>
        Expect.Partial(_rule.Evaluate(Example.Context(RestoreTest("2026-10-14", scope: "mailbox", copy: "m365Backup")), EvidenceKind.Record),
            "No successful restore in the last 12 months came from the offline or immutable copy.");

    /// <summary>
    /// Issue 12: one termly algorithm. Autumn was missed, but spring (the term that closed last) and summer were
    /// done: BAK-06 and the schedule of records agree that the duty is done, where they used to disagree.
    /// </summary>
    [Fact]
    public void Evaluate_MissedAutumnButSpringAndSummerDone_AgreesWithTheSchedule()
    {
        var today = new LocalDate(2027, 5, 10);
        var records = new[] { RestoreTest("2027-02-10", scope: "system", copy: "cloudVault"), RestoreTest("2027-04-20") };
        var context = Example.Context(Example.Config, today, records);

        var finding = _rule.Evaluate(context, EvidenceKind.Record);
        var schedule = ScheduledRecords.Compute(Example.Config, context.Records, today).Single(d => d.Kind == RecordKind.RestoreTest);

        Assert.Equal(DueState.Done, schedule.State);
        Assert.Equal("Summer 2027", schedule.Period);
        Expect.HasEvidence(finding, "The restore test for Summer 2027 was done on 2027-04-20");
        Assert.DoesNotContain(finding.Problems, p => p.Key == "restoreTest");
    }
}
