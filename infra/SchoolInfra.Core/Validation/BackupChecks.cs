using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Backup copies that can be built: a cloud copy names its vault and only a cloud copy does. Everything about how
/// good the backups are (3-2-1-1, encryption, drives kept at home, retention, alerts) is judged by the BAK controls
/// in Policy, so a school with weak backups can still describe them and see "not met" in its report.
/// </summary>
public sealed class BackupChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        if (context.Config.Backups is not { } backups)
        {
            return;
        }

        foreach (var copy in backups.Copies)
        {
            if (copy.Medium == CopyMedium.CloudVault && copy.Vault is null)
            {
                context.Diagnostics.Add(BackupDiagnostics.CloudCopyWithoutVault(copy.Span, copy.Key));
            }
            else if (copy.Medium != CopyMedium.CloudVault && copy.Vault is not null)
            {
                context.Diagnostics.Add(BackupDiagnostics.VaultOnOtherCopy(copy.Span, copy.Key, ConfigNaming.EnumValue(copy.Medium)));
            }
        }
    }
}
