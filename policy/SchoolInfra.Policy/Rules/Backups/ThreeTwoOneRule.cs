using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-01: at least three backup copies on at least two kinds of storage with at least one away from school, counted
/// from the declared copies (DfE-CS CS6, NCSC-BK); each vault geo-redundant with cross-region restore. By default the
/// live data is not a copy (DfE counts backup copies); a school that counts it (<c>countLiveCopy</c>) and needs it to
/// reach three is "partial".
/// </summary>
public sealed class ThreeTwoOneRule : BackupRule
{
    public override string Id => "bak-01";

    protected override string MetSummary => "There are three backup copies, on two kinds of storage, one away from school.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        var result = BackupCopyCounter.Count(backups);
        var counted = result.Copies;
        var copies = backups.Copies.Length;
        var media = result.MediaKinds;
        var offSite = OffSite(backups, result);
        if (counted < 3)
        {
            var message = backups.CountLiveCopy
                ? $"Only {Count(copies, "backup copy is", "backup copies are")} declared, {counted} with the live data; at least 3 are needed."
                : $"Only {Count(copies, "backup copy is", "backup copies are")} declared; at least 3 are needed.";
            finding.NotMet(backups.Span, message,
                "Add another copy, such as a cloud vault or encrypted drives rotated off site.", SchoolRole.ItProvider);
        }
        else if (copies < 3)
        {
            finding.Partial(backups.Span, $"Three copies are reached only by counting the live data (the common 3-2-1 reading); the DfE standard asks for 3 backup copies, and {copies} are declared.",
                "Add another backup copy, or waive this with the governors' agreement.", SchoolRole.ItProvider);
        }

        if (media < 2)
        {
            finding.NotMet(backups.Span, "All backup copies are on one kind of storage; at least two kinds are needed.",
                "Keep one copy on a different kind of storage, e.g. a NAS or rotated drives beside the cloud vault.", SchoolRole.ItProvider);
        }

        if (offSite < 1)
        {
            finding.NotMet(backups.Span, "No backup copy is kept away from the school.",
                "Keep at least one copy off site: a cloud vault or drives stored at named secure premises.", SchoolRole.ItProvider);
        }

        finding.Evidence($"{Count(copies, "backup copy", "backup copies")} on {Count(media, "kind", "kinds")} of storage, {offSite} of them away from school: " +
            $"{string.Join("; ", backups.Copies.Select(c => $"{c.Key} ({Describe(c.Medium)}, {(BackupCopyCounter.IsCloud(c.Medium) || c.Location == CopyLocation.OffSite ? "off site" : "on site")})"))}.");
        if (backups.CountLiveCopy)
        {
            finding.Evidence("The school counts the live data as one of the three copies (the common 3-2-1 reading).");
        }

        foreach (var vault in backups.Vaults)
        {
            if (vault.StorageRedundancy != StorageRedundancy.GeoRedundant)
            {
                finding.NotMet(vault.Span, $"The vault \"{vault.Key}\" is {ConfigNaming.EnumValue(vault.StorageRedundancy)}, so one regional outage could take every copy in it.",
                    "Set storageRedundancy: geoRedundant.", SchoolRole.ItProvider);
            }

            if (!vault.CrossRegionRestore)
            {
                finding.NotMet(vault.Span, $"The vault \"{vault.Key}\" cannot be restored in the paired region.",
                    "Set crossRegionRestore: true.", SchoolRole.ItProvider);
            }
        }

        finding.LiveCheckNotRun("that each vault is geo-redundant with cross-region restore on");
    }

    /// <summary>
    /// Copies away from school as BAK-01 counts them: the shared count (every cloud copy is off site), less the
    /// copies declared off site but kept at someone's home, which never count (reference/controls.md section 12;
    /// BAK-07 rejects them).
    /// </summary>
    private static int OffSite(BackupConfig backups, BackupRuleResult counted) =>
        counted.OffSite - backups.Copies.Count(c => !BackupCopyCounter.IsCloud(c.Medium) && c.Location == CopyLocation.OffSite && c.StoragePlace == StoragePlace.Home);
}
