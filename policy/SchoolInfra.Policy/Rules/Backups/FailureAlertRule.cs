using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-05: every vault alerts on failed jobs to the IT provider and to a contact at the school (DfE-CS CS6, NCSC-BK).
/// Whether failures were put right within two school days needs observed jobs: the live check.
/// </summary>
public sealed class FailureAlertRule : BackupRule
{
    public override string Id => "bak-05";

    protected override string MetSummary => "A failed backup alerts the IT provider and the school.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        if (backups.Vaults.IsEmpty)
        {
            finding.NotMet("noVault", backups.Span, "No backup vault is declared, so nothing says who is told when a backup fails.",
                "Declare the cloud vault with alertRoles that include the IT provider and a school contact.", SchoolRole.ItProvider);
        }

        foreach (var vault in backups.Vaults)
        {
            var ok = true;
            if (!vault.AlertRoles.Contains(SchoolRole.ItProvider))
            {
                finding.NotMet("providerNotAlerted", vault.Span, $"Failed backups in the vault \"{vault.Key}\" are not reported to the IT provider.",
                    "Add itProvider to the vault's alertRoles.", SchoolRole.ItProvider);
                ok = false;
            }

            if (!vault.AlertRoles.Any(r => r != SchoolRole.ItProvider))
            {
                finding.NotMet("schoolNotAlerted", vault.Span, $"Failed backups in the vault \"{vault.Key}\" are reported to nobody at the school.",
                    "Add a school contact, such as businessManager, to the vault's alertRoles.", SchoolRole.BusinessManager);
                ok = false;
            }

            if (ok)
            {
                finding.Evidence($"Failed jobs in the vault \"{vault.Key}\" alert {Names(vault.AlertRoles.Select(r => ConfigNaming.EnumValue(r)))}.");
            }
        }

        finding.LiveCheckNotRun("that no failed backup has gone two school days without a later successful run, and that each failure has a note in the incident log");
    }
}
