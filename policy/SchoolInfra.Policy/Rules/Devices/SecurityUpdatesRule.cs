using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-07: every Windows device group is in an update ring whose quality-update deferral, deadline and grace add up
/// to at most 14 days, and iPadOS updates are enforced within 14 days of release (CE security update management,
/// DfE-CS CS5).
/// </summary>
public sealed class SecurityUpdatesRule : DeviceRule
{
    public const int LongestDays = 14;

    public override string Id => "dev-07";

    protected override string MetSummary => "Security updates go on within 14 days.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        if (devices.Windows is { } windows)
        {
            if (windows.UpdateRings.IsEmpty)
            {
                finding.NotMet("noUpdateRing", At(windows, devices), "No Windows update ring is declared.",
                    "Declare an update ring for every Windows device group under windows updateRings.", SchoolRole.ItProvider);
            }

            foreach (var group in devices.Groups.Where(g => !windows.UpdateRings.Any(r => r.DeviceGroups.Contains(g.Key, StringComparer.Ordinal))))
            {
                finding.NotMet("groupWithoutRing", group.Span, $"The device group \"{group.Key}\" is in no update ring.",
                    "Add it to an update ring.", SchoolRole.ItProvider);
            }

            foreach (var ring in windows.UpdateRings)
            {
                var total = ring.QualityDeferralDays + ring.DeadlineDays + ring.GraceDays;
                if (total > LongestDays)
                {
                    finding.NotMet("ringTooSlow", ring.Span, $"The update ring \"{ring.Key}\" allows {total} days (deferral {ring.QualityDeferralDays}, deadline {ring.DeadlineDays}, grace {ring.GraceDays}); security updates must go on within {LongestDays}.",
                        $"Lower the deferral, deadline or grace so they add up to {LongestDays} days or fewer.", SchoolRole.ItProvider);
                }
                else
                {
                    finding.Evidence($"The update ring \"{ring.Key}\" installs security updates within {total} days.");
                }
            }

            finding.Evidence($"Windows below version {windows.MinOsVersion} may not reach school data.");
        }

        if (devices.Ipads is { } ipads)
        {
            if (ipads.OsUpdateWithinDays > LongestDays)
            {
                finding.NotMet("ipadUpdatesTooSlow", At(ipads, devices), $"iPadOS updates are enforced within {ipads.OsUpdateWithinDays} days; at most {LongestDays} are allowed.",
                    $"Set ipads osUpdateWithinDays to {LongestDays} or fewer.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"iPadOS updates are enforced within {ipads.OsUpdateWithinDays} days of release.");
            }
        }

        finding.LiveCheckNotRun("that no device is more than 14 days behind the latest security update or runs an unsupported system");
    }
}
