using System.Collections.Immutable;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Backups (BAK-01 to BAK-07): the 3-2-1 rule as <see cref="BackupCopyCounter"/> counts it (the same count validation
/// and the policy rules use), each copy, what is backed up, the
/// last successful backup (live systems, not yet checked) and the last restore test (records).
/// </summary>
internal static class BackupSectionBuilder
{
    public const string NotCheckedLive = "Not yet checked against the live systems.";

    public static BackupSection Build(ReportInputs inputs)
    {
        var restore = LastRestoreTest(inputs.Records);
        if (inputs.Config.Backups is not { } backups)
        {
            return new BackupSection(false, false, "The school has not declared its backups in its settings.", [], [], NotCheckedLive, restore);
        }

        var count = BackupCopyCounter.Count(backups);
        var copies = backups.Copies.Select(c => new BackupCopyLine(
                c.Name,
                Sentences.Capitalise(PlainNames.Of(c.Medium)),
                Sentences.Capitalise(PlainNames.Of(c.StoragePlace)),
                PlainNames.YesNo(c.Location == CopyLocation.OffSite || BackupCopyCounter.IsCloud(c.Medium)),
                PlainNames.YesNo(count.OfflineCopies.Contains(c.Key)),
                PlainNames.YesNo(c.Encrypted)))
            .ToImmutableArray();
        var sources = backups.DataSources.Select(s => new BackupSourceLine(
                s.Name,
                EnglishList.Join(s.BackedUpTo.Select(k => backups.Copies.FirstOrDefault(c => c.Key == k)?.Name ?? k))))
            .ToImmutableArray();
        return new BackupSection(true, count.Meets3211, Rule(count), copies, sources, NotCheckedLive, restore);
    }

    private static string Rule(BackupRuleResult count)
    {
        var live = count.CountsLiveCopy ? " The school counts its live data as one of the copies." : string.Empty;
        return $"The school keeps {EnglishList.Count(count.Copies, "copy", "copies")} of its data on {EnglishList.Count(count.MediaKinds, "kind")} of storage. "
            + $"{Sentences.Capitalise(EnglishList.Count(count.OffSite, "copy is", "copies are"))} away from the school, and {EnglishList.Count(count.Offline, "copy", "copies")} cannot be changed or wiped by an attacker.{live} "
            + (count.Meets3211 ? "This meets the 3-2-1 rule, with an offline copy as well." : "This does not meet the 3-2-1 rule with an offline copy: at least 3 copies, on 2 kinds of storage, 1 away from school and 1 offline.");
    }

    /// <summary>
    /// The newest restore-test record: its date and who did it, and its result when the record says passed or
    /// failed. No other field is read, so nothing else a record holds can reach the report.
    /// </summary>
    private static string LastRestoreTest(RecordSet records)
    {
        if (records.Latest(RecordKind.RestoreTest) is not { } test)
        {
            return "No restore test is recorded.";
        }

        var result = test.Fields.TryGetValue("result", out var node) && node is SourceScalar scalar
            ? scalar.Text.Trim().ToLowerInvariant() switch
            {
                "passed" or "pass" or "success" or "succeeded" => " It passed.",
                "failed" or "fail" => " It failed.",
                "partial" => " It partly worked.",
                _ => string.Empty,
            }
            : string.Empty;
        return $"{DisplayDates.Format(test.Date)}, by {RoleNames.InSentence(test.By)}.{result}";
    }

}
