using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-06: a restore test each term (overdue 14 days after the term ends); the latest test passed; within 12 months
/// at least one passing test restored a whole system or mailbox and one used the offline copy (DfE-CS CS6, NCSC-BK).
/// Records only, so it runs even when no backups are declared.
/// </summary>
/// <remarks>
/// Records read: <c>restore-test</c> with <c>result</c> (<c>pass</c> or <c>fail</c>), <c>scope</c> (<c>files</c>,
/// <c>system</c> or <c>mailbox</c>), <c>copy</c> (the key of the backup copy restored from), <c>restored</c> (what)
/// and <c>minutes</c> (time taken).
/// </remarks>
public sealed class RestoreTestRule : ControlRule
{
    public override string Id => "bak-06";

    protected override string MetSummary => "Restores are tested every term and the last one worked.";

    protected override void Check(RuleContext context, FindingBuilder finding)
    {
        var backups = context.Config.Backups;
        var at = backups?.Span ?? context.Config.Span;
        finding.About(at);
        var tests = context.Records.OfKind(RecordKind.RestoreTest).Where(r => r.Date <= context.Today).ToList();
        // The one termly algorithm every scheduled record uses (RecordSchedule.Termly), so this control and the
        // schedule of records never disagree.
        var due = RecordSchedule.Termly(RecordKind.RestoreTest, context.Records, context.Calendar, context.Today);
        finding.Scheduled(due, "restore test", at, "Carry out a restore test this term and record it as a restore-test.", SchoolRole.ItProvider);
        if (tests.Count == 0)
        {
            return;
        }

        CheckLatestResult(tests[0], finding);
        CheckThisYear(context, tests, at, finding);
    }

    private static void CheckLatestResult(SchoolRecord latest, FindingBuilder finding)
    {
        var result = RecordFields.Text(latest, "result");
        if (RecordFields.Is(result, "fail"))
        {
            finding.NotMet("restoreFailed", latest.Source, $"The restore test of {latest.Date:yyyy-MM-dd} failed, and no test has passed since.",
                "Fix the cause and repeat the restore test until it passes.", SchoolRole.ItProvider);
        }
        else if (!RecordFields.Is(result, "pass"))
        {
            finding.Partial("resultNotRecorded", latest.Source, $"The restore test of {latest.Date:yyyy-MM-dd} does not record whether it worked.",
                "Record result: pass or fail, with what was restored, from which copy and how long it took.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"The latest restore test ({latest.Date:yyyy-MM-dd}) passed.");
        }
    }

    private static void CheckThisYear(RuleContext context, List<SchoolRecord> tests, SourceSpan at, FindingBuilder finding)
    {
        var passedThisYear = tests.Where(t => SchoolCalendar.WithinTwelveMonths(t.Date, context.Today) && RecordFields.Is(RecordFields.Text(t, "result"), "pass")).ToList();
        if (!passedThisYear.Any(t => RecordFields.Is(RecordFields.Text(t, "scope"), "system") || RecordFields.Is(RecordFields.Text(t, "scope"), "mailbox")))
        {
            finding.Partial("noWholeSystemRestore", at, "No whole system or mailbox has been restored successfully in the last 12 months.",
                "Make one of this year's restore tests a whole system or mailbox.", SchoolRole.ItProvider);
        }

        var offline = context.Config.Backups is { } backups ? BackupCopyCounter.Count(backups).ProtectedCopies.ToHashSet(StringComparer.Ordinal) : [];
        if (!passedThisYear.Any(t => RecordFields.Text(t, "copy") is { } copy && offline.Contains(copy)))
        {
            finding.Partial("noOfflineRestore", at, "No successful restore in the last 12 months came from the offline or immutable copy.",
                "Restore from the offline copy in one of this year's tests.", SchoolRole.ItProvider);
        }
    }
}
