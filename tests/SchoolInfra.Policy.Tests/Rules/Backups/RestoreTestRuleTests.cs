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
        Expect.Met(finding, "The restore test of 2026-10-14 counts for Autumn 2026.");
        Expect.HasEvidence(finding, "The latest restore test (2026-10-14) passed.");
    }

    [Fact]
    public void Evaluate_NoRestoreTest_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context(), EvidenceKind.Record), "No restore test is on record.");

    [Fact]
    public void Evaluate_LastTermMissedAfterGrace_IsNotMet()
    {
        // Spring term 2027: the autumn test was due by 1 January; the only test is from the summer before.
        var finding = _rule.Evaluate(Example.Context(Example.Config, new(2027, 1, 12), RestoreTest("2026-07-08", scope: "system", copy: "cloudVault")), EvidenceKind.Record);
        Expect.NotMet(finding, "No restore test was recorded for Autumn 2026; it was due by 2027-01-01.");
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
}
