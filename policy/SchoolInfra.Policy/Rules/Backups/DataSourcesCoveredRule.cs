using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-03: every declared data source is backed up to at least one copy that really receives data (a vault copy
/// counts only when its vault has a backup policy), and Microsoft 365 data is among the sources, since cloud
/// services' own retention is limited (DfE-CS CS6).
/// </summary>
public sealed class DataSourcesCoveredRule : BackupRule
{
    private static readonly DataSourceKind[] Microsoft365 =
        [DataSourceKind.M365Mail, DataSourceKind.M365OneDrive, DataSourceKind.M365SharePoint, DataSourceKind.M365Teams];

    public override string Id => "bak-03";

    protected override string MetSummary => "Every important system is backed up, cloud data included.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        if (backups.DataSources.IsEmpty)
        {
            finding.NotMet("noDataSources", backups.Span, "No data sources are declared, so nothing shows what is backed up.",
                "List what must be backed up (MIS, file server, Microsoft 365, safeguarding and finance exports) under backups dataSources.", SchoolRole.ItProvider);
            return;
        }

        var copies = backups.Copies.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var vaultsWithPolicy = backups.Policies.Select(p => p.Vault).ToHashSet(StringComparer.Ordinal);
        foreach (var source in backups.DataSources)
        {
            var named = source.BackedUpTo.Select(key => copies.GetValueOrDefault(key)).OfType<BackupCopy>().ToList();
            var idle = named.Where(c => c.Medium == CopyMedium.CloudVault && (c.Vault is null || !vaultsWithPolicy.Contains(c.Vault))).ToList();
            var working = named.Except(idle).ToList();
            if (working.Count == 0)
            {
                finding.NotMet("sourceNotBackedUp", source.Span, idle.Count > 0
                        ? $"\"{source.Name}\" is backed up only to {Names(idle.Select(c => c.Key))}, whose vault has no backup policy, so nothing is copied."
                        : $"\"{source.Name}\" is not backed up to any declared copy.",
                    "Back it up to a declared copy, and give every vault it uses a backup policy.", SchoolRole.ItProvider);
            }
            else if (idle.Count > 0)
            {
                finding.Partial("idleCopy", source.Span, $"\"{source.Name}\" names {Names(idle.Select(c => c.Key))}, whose vault has no backup policy, so that copy receives nothing.",
                    "Add a backup policy for the vault, or stop naming that copy.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"\"{source.Name}\" is backed up to {Names(working.Select(c => c.Key))}.");
            }
        }

        if (!backups.DataSources.Any(s => Microsoft365.Contains(s.Kind)))
        {
            finding.NotMet("noMicrosoft365", backups.Span, "No Microsoft 365 data (mail, OneDrive, SharePoint, Teams) is declared for backup, though a cloud service's own retention is limited.",
                "Declare the school's Microsoft 365 data as a data source and back it up, e.g. with a Microsoft 365 backup service.", SchoolRole.ItProvider);
        }

        finding.LiveCheckNotRun("that the protected items in the vaults, or the backup service's export, cover every declared source");
    }
}
