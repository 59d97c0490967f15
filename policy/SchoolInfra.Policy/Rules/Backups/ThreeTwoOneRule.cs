using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-01: every kind of data the school declares has at least three backup copies on at least two kinds of storage
/// with at least one away from school (DfE-CS CS6, NCSC-BK), counted from the copies that hold that data: four copies
/// of the file server never make up for a single copy of the school's mail. Each vault is geo-redundant with
/// cross-region restore. By default the live data is not a copy (DfE counts backup copies); a school that counts it
/// (<c>countLiveCopy</c>) and needs it to reach three is "partial". With no data sources declared (BAK-03 fails
/// then), every copy counts as holding the same data.
/// </summary>
public sealed class ThreeTwoOneRule : BackupRule
{
    public override string Id => "bak-01";

    protected override string MetSummary => "Every kind of data has three backup copies, on two kinds of storage, one away from school.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        if (backups.DataSources.IsEmpty)
        {
            CheckData("The school's data", backups.Copies, BackupCopyCounter.Count(backups), backups, backups.Span, finding);
        }

        foreach (var source in backups.DataSources)
        {
            var copies = backups.Copies.Where(c => source.BackedUpTo.Contains(c.Key)).ToList();
            CheckData(source.Name, copies, BackupCopyCounter.CountFor(source, backups), backups, source.Span, finding);
        }

        if (backups.CountLiveCopy)
        {
            finding.Evidence("The school counts the live data as one of the three copies (the common 3-2-1 reading).");
        }

        foreach (var vault in backups.Vaults)
        {
            if (vault.StorageRedundancy != StorageRedundancy.GeoRedundant)
            {
                finding.NotMet("vaultNotGeoRedundant", vault.Span, $"The vault of {VaultName(vault, backups)} is {ConfigNaming.EnumValue(vault.StorageRedundancy)}, so one regional outage could take every copy in it.",
                    "Set storageRedundancy: geoRedundant.", SchoolRole.ItProvider);
            }

            if (!vault.CrossRegionRestore)
            {
                finding.NotMet("noCrossRegionRestore", vault.Span, $"The vault of {VaultName(vault, backups)} cannot be restored in the paired region.",
                    "Set crossRegionRestore: true.", SchoolRole.ItProvider);
            }
        }

        finding.LiveCheckNotRun("that each vault is geo-redundant with cross-region restore on");
    }

    private static void CheckData(string data, IReadOnlyList<BackupCopy> copies, BackupRuleResult result, BackupConfig backups, Core.Diagnostics.SourceSpan at, FindingBuilder finding)
    {
        // A copy declared off site but kept at someone's home never counts (reference/controls.md section 12; BAK-07).
        var offSite = result.OffSite - copies.Count(c => !BackupCopyCounter.IsCloud(c.Medium) && c.Location == CopyLocation.OffSite && c.StoragePlace == StoragePlace.Home);
        var shortOf = new List<string>();
        if (result.Copies < BackupRuleResult.RequiredCopies)
        {
            shortOf.Add($"{Count(copies.Count, "backup copy", "backup copies")}{(backups.CountLiveCopy ? " (with the live data, " + result.Copies + ")" : string.Empty)} where 3 are needed");
        }

        if (result.MediaKinds < BackupRuleResult.RequiredMediaKinds)
        {
            shortOf.Add($"{Count(result.MediaKinds, "kind", "kinds")} of storage where 2 are needed");
        }

        if (offSite < BackupRuleResult.RequiredOffSite)
        {
            shortOf.Add("no copy away from the school");
        }

        if (shortOf.Count > 0)
        {
            finding.NotMet("backup321", at, $"{data} has {Wording.List(shortOf)}.",
                "Add copies of this data until it has three, on two kinds of storage, one of them away from school.", SchoolRole.ItProvider);
        }
        else if (copies.Count < BackupRuleResult.RequiredCopies)
        {
            finding.Partial("liveCopyCounted", at, $"{data} reaches three copies only by counting the live data (the common 3-2-1 reading); the DfE standard asks for 3 backup copies, and {copies.Count} are declared.",
                "Add another backup copy, or waive this with the governors' agreement.", SchoolRole.ItProvider);
        }

        finding.Evidence($"{data}: {Count(copies.Count, "backup copy", "backup copies")} on {Count(result.MediaKinds, "kind", "kinds")} of storage, {Wording.Number(offSite)} away from school.");
    }
}
