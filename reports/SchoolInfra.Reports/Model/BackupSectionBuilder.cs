using System.Collections.Immutable;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Policy.Records;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Backups (BAK-01 to BAK-07): the 3-2-1 rule counted from the declared copies, each copy, what is backed up, the
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

        var count = Count(backups);
        var copies = backups.Copies.Select(c => new BackupCopyLine(
                c.Name,
                Sentences.Capitalise(PlainNames.Of(c.Medium)),
                Sentences.Capitalise(PlainNames.Of(c.StoragePlace)),
                PlainNames.YesNo(IsOffSite(c)),
                PlainNames.YesNo(IsOffline(c, backups)),
                PlainNames.YesNo(c.Encrypted)))
            .ToImmutableArray();
        var sources = backups.DataSources.Select(s => new BackupSourceLine(
                s.Name,
                EnglishList.Join(s.BackedUpTo.Select(k => backups.Copies.FirstOrDefault(c => c.Key == k)?.Name ?? k))))
            .ToImmutableArray();
        return new BackupSection(true, count.Met, count.Sentence, copies, sources, NotCheckedLive, restore);
    }

    private static (bool Met, string Sentence) Count(BackupConfig backups)
    {
        var copies = backups.Copies.Length + (backups.CountLiveCopy ? 1 : 0);
        var kinds = backups.Copies.Select(c => IsCloud(c.Medium) ? CopyMedium.CloudVault : c.Medium).Distinct().Count();
        var offSite = backups.Copies.Count(IsOffSite);
        var offline = backups.Copies.Count(c => IsOffline(c, backups));
        var met = copies >= 3 && kinds >= 2 && offSite >= 1 && offline >= 1;
        var live = backups.CountLiveCopy ? " The school counts its live data as one of the copies." : string.Empty;
        var sentence = $"The school keeps {EnglishList.Count(copies, "copy", "copies")} of its data on {EnglishList.Count(kinds, "kind")} of storage. "
            + $"{Sentences.Capitalise(EnglishList.Count(offSite, "copy is", "copies are"))} away from the school, and {EnglishList.Count(offline, "copy", "copies")} cannot be changed or wiped by an attacker.{live} "
            + (met ? "This meets the 3-2-1 rule, with an offline copy as well." : "This does not meet the 3-2-1 rule with an offline copy: at least 3 copies, on 2 kinds of storage, 1 away from school and 1 offline.");
        return (met, sentence);
    }

    private static bool IsCloud(CopyMedium medium) => medium is CopyMedium.CloudVault or CopyMedium.BackupService;

    private static bool IsOffSite(BackupCopy copy) => copy.Location == CopyLocation.OffSite || IsCloud(copy.Medium);

    // A vault copy is offline only when its vault's immutability is locked (controls.md BAK-02).
    private static bool IsOffline(BackupCopy copy, BackupConfig backups) => copy.Medium == CopyMedium.CloudVault
        ? backups.Vaults.FirstOrDefault(v => v.Key == copy.Vault)?.Immutability == ImmutabilityState.Locked
        : copy.Offline;

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
