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

        var copies = backups.Copies.Select(c => new BackupCopyLine(
                c.Name,
                Sentences.Capitalise(PlainNames.Of(c.Medium)),
                Sentences.Capitalise(PlainNames.Of(c.StoragePlace)),
                PlainNames.YesNo(BackupCopyCounter.IsOffSite(c)),
                BackupCopyCounter.IsOffline(c) ? "Offline" : BackupCopyCounter.IsImmutable(c, backups.Vaults) ? "Immutable" : "Neither",
                PlainNames.YesNo(c.Encrypted)))
            .ToImmutableArray();
        var judged = backups.DataSources.Select(s => (Source: s, Count: BackupCopyCounter.CountFor(s, backups))).ToList();
        var sources = judged.Select(j => new BackupSourceLine(
                j.Source.Name,
                EnglishList.Join(j.Source.BackedUpTo.Select(k => backups.Copies.FirstOrDefault(c => c.Key == k)?.Name ?? k)),
                Counts(j.Count),
                PlainNames.YesNo(j.Count.Meets321),
                PlainNames.YesNo(!j.Count.ProtectedCopies.IsEmpty)))
            .ToImmutableArray();
        var met = judged.Count > 0 && judged.All(j => j.Count.Meets3211);
        return new BackupSection(true, met, Rule(judged, backups.CountLiveCopy), copies, sources, NotCheckedLive, restore);
    }

    /// <summary>"3 copies, on 3 kinds of storage, 2 away from school".</summary>
    private static string Counts(BackupRuleResult count) =>
        $"{EnglishList.Count(count.Copies, "copy", "copies")}, on {EnglishList.Count(count.MediaKinds, "kind")} of storage, {count.OffSite} away from school";

    /// <summary>
    /// The rule judged for each kind of data (never across them): which meet 3-2-1 with an offline or immutable
    /// copy, and which do not.
    /// </summary>
    private static string Rule(List<(DataSource Source, BackupRuleResult Count)> judged, bool countsLive)
    {
        if (judged.Count == 0)
        {
            return "The school has not said which data must be backed up, so the 3-2-1 rule cannot be judged.";
        }

        var short321 = judged.Where(j => !j.Count.Meets3211).ToList();
        var live = countsLive ? " The school counts its live data as one of the copies." : string.Empty;
        var opening = "The 3-2-1 rule asks for 3 copies of each kind of data, on 2 kinds of storage, with 1 away from school, and 1 copy that is offline or immutable.";
        if (short321.Count == 0)
        {
            return $"{opening} All {EnglishList.Count(judged.Count, "kind")} of data meet it.{live}";
        }

        var which = short321.Select(j => $"{j.Source.Name} ({Counts(j.Count)}{(j.Count.ProtectedCopies.IsEmpty ? ", none offline or immutable" : string.Empty)})");
        return $"{opening} {EnglishList.Count(short321.Count, "kind")} of data {(short321.Count == 1 ? "does" : "do")} not: {EnglishList.Join(which)}.{live}";
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
