using SchoolInfra.Core.Model.Devices;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Device baseline rules beyond types: no local admin for pupils (DEV-06), USB storage blocked for pupils and only
/// declared encrypted drives for staff (DEV-05), updates within 14 days (DEV-07), no app installs by pupils and
/// supervised enrolment with the ADE token (DEV-09, DEV-10).
/// </summary>
public sealed class DeviceChecks : IConfigCheck
{
    /// <summary>DEV-07 and Cyber Essentials: security updates on within 14 days.</summary>
    public const int MaxUpdateDays = 14;

    /// <summary>Shared devices are used by pupils, so they get the pupil rules.</summary>
    public static bool IsPupilAudience(DeviceAudience audience) => audience is DeviceAudience.Pupil or DeviceAudience.Shared;

    public void Check(ValidationContext context)
    {
        var devices = context.Config.Devices;
        if (devices is null)
        {
            return;
        }

        if (devices.Windows is { } windows)
        {
            CheckWindows(devices, windows, context);
        }

        if (devices.Ipads is { } ipads)
        {
            CheckIpads(ipads, context);
        }
    }

    private static void CheckWindows(DevicesConfig devices, WindowsBaseline windows, ValidationContext context)
    {
        var bag = context.Diagnostics;
        if (windows.LocalAdmin.UsersAreAdmins)
        {
            var pupilGroup = devices.Groups.FirstOrDefault(g => IsPupilAudience(g.Audience));
            bag.Add(pupilGroup is null
                ? DeviceDiagnostics.LocalAdminForStaff(windows.LocalAdmin.Span)
                : DeviceDiagnostics.LocalAdminForPupils(windows.LocalAdmin.Span, pupilGroup.Key));
        }

        var media = windows.RemovableMedia;
        if (!media.PupilsBlocked)
        {
            bag.Add(DeviceDiagnostics.PupilRemovableMediaAllowed(media.Span));
        }

        if (media.Staff == StaffRemovableMedia.SchoolIssuedEncryptedOnly && media.SchoolIssuedDeviceIds.IsEmpty)
        {
            bag.Add(DeviceDiagnostics.SchoolIssuedDrivesUndeclared(media.Span));
        }

        foreach (var ring in windows.UpdateRings)
        {
            var days = ring.QualityDeferralDays + ring.DeadlineDays + ring.GraceDays;
            if (days > MaxUpdateDays)
            {
                bag.Add(DeviceDiagnostics.UpdateRingTooSlow(ring.Span, ring.Key, days));
            }
        }

        var ringed = windows.UpdateRings.SelectMany(r => r.DeviceGroups).ToHashSet(StringComparer.Ordinal);
        foreach (var group in devices.Groups.Where(g => !ringed.Contains(g.Key)))
        {
            bag.Add(DeviceDiagnostics.DeviceGroupWithoutUpdateRing(group.Span, group.Key));
        }
    }

    private static void CheckIpads(IpadBaseline ipads, ValidationContext context)
    {
        var bag = context.Diagnostics;
        if (ipads.Restrictions.PupilAppInstalls)
        {
            bag.Add(DeviceDiagnostics.PupilAppInstallsAllowed(ipads.Restrictions.Span));
        }

        if (ipads.ManagedBy != JamfProduct.JamfPro)
        {
            return;
        }

        if (context.Config.JamfAdeToken is null)
        {
            bag.Add(DeviceDiagnostics.JamfProWithoutAdeToken(ipads.Span));
        }

        foreach (var group in ipads.DeviceGroups)
        {
            if (group.Criterion is null || !JamfCriterion.TryParse(group.Criterion, out _))
            {
                bag.Add(DeviceDiagnostics.SmartGroupCriterionUnreadable(group.Span, group.Key, group.Criterion));
            }
        }
    }
}
