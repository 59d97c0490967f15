using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-07: every copy is encrypted; removable media say how, are kept in the school safe or named secure premises
/// off site, and name who rotates them; no copy is ever kept at someone's home (DfE-CS CS6, NCSC-BK; C11).
/// </summary>
public sealed class BackupEncryptionRule : BackupRule
{
    private static readonly StoragePlace[] SecurePlaces = [StoragePlace.SchoolSafe, StoragePlace.SecureOffSitePremises];

    public override string Id => "bak-07";

    protected override string MetSummary => "Backups are encrypted and backup drives are stored securely, never at home.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        foreach (var copy in backups.Copies)
        {
            var ok = true;
            if (!copy.Encrypted)
            {
                finding.NotMet("notEncrypted", copy.Span, $"The backup copy \"{copy.Key}\" is not encrypted.",
                    "Encrypt it (BitLocker To Go for drives, volume encryption on a NAS) and set encrypted: true.", SchoolRole.ItProvider);
                ok = false;
            }

            if (copy.StoragePlace == StoragePlace.Home)
            {
                finding.NotMet("keptAtHome", copy.Span, $"The backup copy \"{copy.Key}\" is kept at someone's home; backups must never go home.",
                    "Keep the drives in the school safe or at named secure premises off site.", SchoolRole.Headteacher);
                ok = false;
            }

            if (copy.Medium is CopyMedium.RemovableDrive or CopyMedium.Tape)
            {
                ok &= CheckRemovable(copy, finding);
            }

            if (ok)
            {
                finding.Evidence(copy.Medium == CopyMedium.CloudVault
                    ? $"The copy \"{copy.Key}\" is in a cloud vault, encrypted by the platform."
                    : $"The copy \"{copy.Key}\" is encrypted ({copy.Encryption ?? "method not named"}) and kept {Place(copy.StoragePlace)}.");
            }
        }

        if (backups.Copies.Any(c => c.Rotation is not null))
        {
            finding.Evidence("The hand-over log of rotated drives is not read yet: no record kind holds it.");
        }
    }

    private static bool CheckRemovable(BackupCopy copy, FindingBuilder finding)
    {
        var ok = true;
        if (string.IsNullOrWhiteSpace(copy.Encryption))
        {
            finding.NotMet("encryptionNotNamed", copy.Span, $"The removable copy \"{copy.Key}\" does not say how it is encrypted.",
                "Name the encryption, e.g. encryption: BitLocker To Go.", SchoolRole.ItProvider);
            ok = false;
        }

        if (copy.StoragePlace != StoragePlace.Home && !SecurePlaces.Contains(copy.StoragePlace))
        {
            finding.NotMet("drivesStoredBadly", copy.Span, $"The removable copy \"{copy.Key}\" is kept {Place(copy.StoragePlace)}; drives belong in the school safe or at named secure premises.",
                "Set storagePlace: schoolSafe or secureOffSitePremises, and keep them there.", SchoolRole.BusinessManager);
            ok = false;
        }

        if (copy.Rotation is null)
        {
            finding.NotMet("noRotation", copy.Span, $"The removable copy \"{copy.Key}\" does not say who rotates the drives or how often.",
                "Add rotation: drives, everyDays and by (the role that swaps them).", SchoolRole.BusinessManager);
            ok = false;
        }

        return ok;
    }

    private static string Place(StoragePlace place) => place switch
    {
        StoragePlace.ServerRoom => "in the server room",
        StoragePlace.SchoolSafe => "in the school safe",
        StoragePlace.SecureOffSitePremises => "at secure premises off site",
        StoragePlace.Cloud => "in the cloud",
        _ => $"at \"{ConfigNaming.EnumValue(place)}\"",
    };
}
