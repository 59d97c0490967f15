using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-05: USB storage is blocked on pupil devices; for staff it follows the school's choice (C5): blocked (the
/// default), or school-issued encrypted drives only, in which case the drives are listed; visitors' media only on
/// a scanning station (DfE-CS CS3: USB storage off by default, scanned when allowed).
/// </summary>
public sealed class RemovableMediaRule : DeviceRule
{
    public override string Id => "dev-05";

    protected override string MetSummary => "Memory sticks are blocked, except school-issued encrypted ones where the school allows them.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        if (Windows(devices, finding) is { } windows)
        {
            var media = windows.RemovableMedia;
            var at = At(media, windows, devices);
            if (!media.PupilsBlocked)
            {
                finding.NotMet("pupilUsbAllowed", at, "Pupil devices allow USB storage; it must always be blocked for pupils.",
                    "Set windows removableMedia pupilsBlocked: true.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence("USB storage is blocked on pupil devices.");
            }

            if (media.Staff == StaffRemovableMedia.Blocked)
            {
                finding.Evidence("USB storage is blocked for staff (the catalogue default).");
            }
            else if (media.SchoolIssuedDeviceIds.IsEmpty)
            {
                finding.NotMet("emptyAllowList", at, "Staff may use school-issued encrypted drives, but no drive is listed, so the allow-list is empty.",
                    "List the hardware ids of the school-issued encrypted drives under schoolIssuedDeviceIds, or set staff: blocked.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"School choice: staff may use {Count(media.SchoolIssuedDeviceIds.Length, "listed school-issued drive", "listed school-issued drives")}; writing to unencrypted drives is denied.");
            }

            finding.Evidence(media.Visitors == VisitorMedia.ScanningStation
                ? "Visitors' media may be used only on the isolated scanning station."
                : "Visitors' media are not used on school devices.");
        }

        finding.LiveCheckNotRun("that removable storage is denied on pupil devices, AutoPlay is off and Defender scans drives when they are connected");
    }
}
