using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>The Windows and iPad baselines: every weakening carries the device-baseline risk flag.</summary>
internal static class BaselineChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Devices;

    public static void DescribeWindows(WindowsBaseline? b, WindowsBaseline? a, ChangeList changes)
    {
        if (b is null || a is null)
        {
            if (b is not null || a is not null)
            {
                changes.Add(Area, a is null ? "Removes the Windows laptop baseline." : "Adds a baseline for Windows laptops.",
                    ["DEV-01", "DEV-02", "DEV-03"], a is null ? [RiskFlag.DeviceBaselineWeakened] : []);
            }

            return;
        }

        Switch(changes, b.Bitlocker, a.Bitlocker, "Turns on BitLocker encryption on Windows laptops.", "Turns off BitLocker encryption on Windows laptops.", "DEV-01");
        Number(changes, b.ScreenLockMinutes, a.ScreenLockMinutes, higherIsWeaker: true, (w, n) => $"Locks idle Windows laptops after {n} minutes (was {w}).", "DEV-01");
        Number(changes, b.MinPinLength, a.MinPinLength, higherIsWeaker: false, (w, n) => $"Sets the shortest Windows PIN to {n} digits (was {w}).", "DEV-01");
        Number(changes, b.MaxFailedSignIns, a.MaxFailedSignIns, higherIsWeaker: true, (w, n) => $"Locks a Windows laptop after {n} wrong passwords (was {w}).", "PWD-03");
        Switch(changes, b.Defender.RealTimeProtection, a.Defender.RealTimeProtection, "Turns on real-time virus protection.", "Turns off real-time virus protection.", "DEV-02");
        Switch(changes, b.Defender.CloudProtection, a.Defender.CloudProtection, "Turns on cloud virus protection.", "Turns off cloud virus protection.", "DEV-02");
        Switch(changes, b.Defender.TamperProtection, a.Defender.TamperProtection, "Turns on tamper protection for anti-virus.", "Turns off tamper protection for anti-virus.", "DEV-02");
        Switch(changes, b.Defender.BlockPotentiallyUnwantedApps, a.Defender.BlockPotentiallyUnwantedApps, "Blocks unwanted apps.", "Stops blocking unwanted apps.", "DEV-02");
        Number(changes, b.Defender.SignatureUpdateHours, a.Defender.SignatureUpdateHours, higherIsWeaker: true, (w, n) => $"Checks for virus updates every {n} hours (was {w}).", "DEV-02");
        Switch(changes, b.Firewall, a.Firewall, "Turns on the Windows firewall.", "Turns off the Windows firewall.", "DEV-03");
        DescribeRemovableMedia(b.RemovableMedia, a.RemovableMedia, changes);
        if (b.LocalAdmin.UsersAreAdmins != a.LocalAdmin.UsersAreAdmins)
        {
            changes.Add(Area, a.LocalAdmin.UsersAreAdmins
                    ? "Makes every user an administrator of their own laptop."
                    : "Stops users being administrators of their laptops.",
                ["DEV-06", "IAM-04"], a.LocalAdmin.UsersAreAdmins ? [RiskFlag.DeviceBaselineWeakened, RiskFlag.AdminAdded] : []);
        }

        Switch(changes, b.LocalAdmin.Laps, a.LocalAdmin.Laps, "Changes each laptop's own administrator password automatically (LAPS).", "Stops changing each laptop's administrator password automatically (LAPS).", "DEV-06");
        DescribeUpdates(b, a, changes);
        var (scripts, lostScripts) = KeyedPairs.Sets(b.Scripts.Select(s => s.Name), a.Scripts.Select(s => s.Name));
        foreach (var script in scripts)
        {
            changes.Add(Area, $"Adds the laptop script \"{script}\".", ["DEV-01"]);
        }

        foreach (var script in lostScripts)
        {
            changes.Add(Area, $"Removes the laptop script \"{script}\".", ["DEV-01"]);
        }
    }

    public static void DescribeIpads(IpadBaseline? b, IpadBaseline? a, ChangeList changes)
    {
        if (b is null || a is null)
        {
            if (b is not null || a is not null)
            {
                changes.Add(Area, a is null ? "Removes the iPad baseline." : "Adds a baseline for iPads.", ["DEV-01", "DEV-10"],
                    a is null ? [RiskFlag.DeviceBaselineWeakened] : []);
            }

            return;
        }

        if (b.ManagedBy != a.ManagedBy)
        {
            changes.Add(Area, $"Moves the iPads to {(a.ManagedBy == JamfProduct.JamfPro ? "Jamf Pro" : "Jamf School")}.", ["DEV-10"]);
        }

        Switch(changes, b.Supervised, a.Supervised, "Enrols iPads as supervised school devices.", "Stops enrolling iPads as supervised school devices.", "DEV-10");
        Number(changes, b.Passcode.MinLength, a.Passcode.MinLength, higherIsWeaker: false, (w, n) => $"Sets the shortest iPad passcode to {n} digits (was {w}).", "DEV-01");
        Number(changes, b.Passcode.MaxInactivityMinutes, a.Passcode.MaxInactivityMinutes, higherIsWeaker: true, (w, n) => $"Locks idle iPads after {n} minutes (was {w}).", "DEV-01");
        Number(changes, b.Passcode.MaxFailedAttempts, a.Passcode.MaxFailedAttempts, higherIsWeaker: true, (w, n) => $"Allows {n} wrong iPad passcodes (was {w}).", "PWD-03");
        Switch(changes, !b.Restrictions.PupilAppInstalls, !a.Restrictions.PupilAppInstalls, "Stops pupils installing apps on iPads.", "Lets pupils install apps on iPads themselves.", "DEV-09");
        Switch(changes, !b.Restrictions.AirDrop, !a.Restrictions.AirDrop, "Turns off AirDrop on iPads.", "Turns on AirDrop on iPads.", "DEV-10");
        Switch(changes, !b.Restrictions.VpnCreation, !a.Restrictions.VpnCreation, "Stops iPad users adding VPNs.", "Lets iPad users add VPNs, a way round the filter.", "DEV-10");
        Switch(changes, !b.Restrictions.EraseContentAndSettings, !a.Restrictions.EraseContentAndSettings, "Stops iPad users erasing their iPad.", "Lets iPad users erase their iPad.", "DEV-10");
        Switch(changes, !b.Restrictions.ExplicitContent, !a.Restrictions.ExplicitContent, "Blocks explicit music, films and books on iPads.", "Allows explicit music, films and books on iPads.", "DEV-10");
        Number(changes, b.OsUpdateWithinDays, a.OsUpdateWithinDays, higherIsWeaker: true, (w, n) => $"Installs iPad updates within {n} days of release (was {w}).", "DEV-07");
        var (apps, lostApps) = KeyedPairs.Sets(b.Apps.Select(x => x.Name), a.Apps.Select(x => x.Name));
        foreach (var app in apps)
        {
            changes.Add(Area, $"Installs the app \"{app}\" on the iPads.", ["DEV-09"]);
        }

        foreach (var app in lostApps)
        {
            changes.Add(Area, $"Removes the app \"{app}\" from the iPads.", ["DEV-09"]);
        }
    }

    private static void DescribeRemovableMedia(RemovableMediaSettings b, RemovableMediaSettings a, ChangeList changes)
    {
        Switch(changes, b.PupilsBlocked, a.PupilsBlocked, "Blocks USB sticks on pupil laptops.", "Lets pupils use USB sticks.", "DEV-05");
        if (b.Staff != a.Staff)
        {
            var opened = a.Staff == StaffRemovableMedia.SchoolIssuedEncryptedOnly;
            changes.Add(Area, opened
                    ? "Lets staff use school-issued encrypted USB drives."
                    : "Blocks all USB drives for staff.",
                ["DEV-05"], opened ? [RiskFlag.DeviceBaselineWeakened] : []);
        }

        var (drives, lostDrives) = KeyedPairs.Sets(b.SchoolIssuedDeviceIds, a.SchoolIssuedDeviceIds);
        if (drives.Count > 0)
        {
            changes.Add(Area, $"Adds {EnglishList.Count(drives.Count, "model")} of school-issued USB drive to the allowed list.", ["DEV-05"]);
        }

        if (lostDrives.Count > 0)
        {
            changes.Add(Area, $"Takes {EnglishList.Count(lostDrives.Count, "model")} of USB drive off the allowed list.", ["DEV-05"]);
        }

        if (b.Visitors != a.Visitors)
        {
            var opened = a.Visitors == VisitorMedia.ScanningStation;
            changes.Add(Area, opened
                    ? "Lets visitors use USB sticks after a scan at the scanning station."
                    : "Stops visitors using USB sticks.",
                ["DEV-05"], opened ? [RiskFlag.DeviceBaselineWeakened] : []);
        }
    }

    private static void DescribeUpdates(WindowsBaseline b, WindowsBaseline a, ChangeList changes)
    {
        if (Version.TryParse(b.MinOsVersion, out var was) && Version.TryParse(a.MinOsVersion, out var now) && was != now)
        {
            changes.Add(Area, $"Sets the oldest Windows version allowed to reach school data to {a.MinOsVersion} (was {b.MinOsVersion}).",
                ["DEV-07", "DEV-08"], now < was ? [RiskFlag.DeviceBaselineWeakened] : []);
        }

        var (added, removed, kept) = KeyedPairs.Match(b.UpdateRings, a.UpdateRings, r => r.Key);
        foreach (var ring in added)
        {
            changes.Add(Area, $"Adds the update ring \"{ring.Name}\".", ["DEV-07"]);
        }

        foreach (var ring in removed)
        {
            changes.Add(Area, $"Removes the update ring \"{ring.Name}\".", ["DEV-07"], RiskFlag.DeviceBaselineWeakened);
        }

        foreach (var (old, ring) in kept)
        {
            var name = $"\"{ring.Name}\"";
            Number(changes, old.QualityDeferralDays, ring.QualityDeferralDays, higherIsWeaker: true, (w, n) => $"Waits {n} days before security updates in the update ring {name} (was {w}).", "DEV-07");
            Number(changes, old.FeatureDeferralDays, ring.FeatureDeferralDays, higherIsWeaker: true, (w, n) => $"Waits {n} days before feature updates in the update ring {name} (was {w}).", "DEV-07");
            Number(changes, old.DeadlineDays, ring.DeadlineDays, higherIsWeaker: true, (w, n) => $"Gives {n} days before updates are forced in the update ring {name} (was {w}).", "DEV-07");
            Number(changes, old.GraceDays, ring.GraceDays, higherIsWeaker: true, (w, n) => $"Gives {n} days' grace before restarts in the update ring {name} (was {w}).", "DEV-07");
        }
    }

    /// <summary>A setting that should stay <c>true</c>: turning it off weakens the baseline.</summary>
    private static void Switch(ChangeList changes, bool was, bool now, string whenOn, string whenOff, string control)
    {
        if (was != now)
        {
            changes.Add(Area, now ? whenOn : whenOff, [control], now ? [] : [RiskFlag.DeviceBaselineWeakened]);
        }
    }

    private static void Number(ChangeList changes, int was, int now, bool higherIsWeaker, Func<int, int, string> text, string control)
    {
        if (was != now)
        {
            var weaker = higherIsWeaker ? now > was : now < was;
            changes.Add(Area, text(was, now), [control], weaker ? [RiskFlag.DeviceBaselineWeakened] : []);
        }
    }
}
