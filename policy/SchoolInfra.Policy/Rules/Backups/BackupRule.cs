using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Backup;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>A BAK rule that reads the declared backups: not met when the school declares none.</summary>
public abstract class BackupRule : SectionRule<BackupConfig>
{
    protected sealed override string MissingMessage => "No backups are declared for the school.";

    protected sealed override string MissingAction => "Declare the school's backup copies, vaults and data sources under schoolinfra:backups.";

    protected sealed override BackupConfig? Section(SchoolConfig config) => config.Backups;

    /// <summary>
    /// A vault as people know it: the quoted name of the copy kept in it (a vault's own name is an Azure resource
    /// name, which reports never show), or "a backup vault" when no copy names it.
    /// </summary>
    protected static string VaultName(BackupVault vault, BackupConfig backups) =>
        backups.Copies.FirstOrDefault(c => c.Vault == vault.Key) is { } copy ? $"\"{copy.Name}\"" : "a backup vault";

    /// <summary>Plain words for a storage medium.</summary>
    protected static string Describe(CopyMedium medium) => medium switch
    {
        CopyMedium.CloudVault => "cloud vault",
        CopyMedium.Nas => "NAS",
        CopyMedium.RemovableDrive => "removable drive",
        CopyMedium.Tape => "tape",
        _ => "backup service",
    };
}
