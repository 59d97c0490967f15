using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>A BAK rule that reads the declared backups: not met when the school declares none.</summary>
public abstract class BackupRule : ControlRule
{
    protected sealed override void Check(RuleContext context, FindingBuilder finding)
    {
        if (context.Config.Backups is not { } backups)
        {
            finding.NotMet(context.Config.Span, "No backups are declared for the school.",
                "Declare the school's backup copies, vaults and data sources under schoolinfra:backups.", SchoolRole.ItProvider);
            return;
        }

        finding.About(backups.Span);
        Check(context, backups, finding);
    }

    protected abstract void Check(RuleContext context, BackupConfig backups, FindingBuilder finding);

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
