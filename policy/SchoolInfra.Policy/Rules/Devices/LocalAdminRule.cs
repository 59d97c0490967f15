using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-06: signed-in users are standard users; the built-in administrator is managed by Windows LAPS with a password
/// at most 30 days old; only the declared IT administrators group may be local administrators (CE user access
/// control, DfE-CS CS4 least privilege).
/// </summary>
public sealed class LocalAdminRule : DeviceRule
{
    public const int LongestLapsDays = 30;

    public override string Id => "dev-06";

    protected override string MetSummary => "Nobody uses a local administrator account day to day.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        if (Windows(devices, finding) is { } windows)
        {
            var admin = windows.LocalAdmin;
            var at = At(admin, windows, devices);
            if (admin.UsersAreAdmins)
            {
                finding.NotMet("usersAreAdmins", at, "Signed-in users are local administrators on Windows devices.",
                    "Set windows localAdmin usersAreAdmins: false.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence("Signed-in users are standard users on Windows devices.");
            }

            if (!admin.Laps)
            {
                finding.NotMet("lapsOff", at, "Windows LAPS is off, so the built-in administrator password is never changed.",
                    "Set windows localAdmin laps: true.", SchoolRole.ItProvider);
            }
            else if (admin.LapsPasswordAgeDays > LongestLapsDays)
            {
                finding.NotMet("lapsAgeTooLong", at, $"LAPS changes the administrator password every {admin.LapsPasswordAgeDays} days; at most {LongestLapsDays} are allowed.",
                    $"Set windows localAdmin lapsPasswordAgeDays to {LongestLapsDays} or fewer.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"LAPS manages the built-in administrator and changes its password every {admin.LapsPasswordAgeDays} days.");
            }

            var itAdmins = context.Config.Identity.Groups.FirstOrDefault(g => g.Kind == GroupKind.ItAdmin);
            if (itAdmins is null)
            {
                finding.Partial("noAdminGroup", at, "No IT administrators group is declared, so local administrator rights cannot be limited to it.",
                    "Declare the IT provider's separate admin accounts as a group of kind itAdmin.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"Besides the LAPS account, only the group \"{itAdmins.Key}\" may be local administrators.");
            }
        }

        finding.LiveCheckNotRun("that no device's primary user is a local administrator");
    }
}
