using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Device groups, approved apps, personal devices and the Apple School Manager token; baselines are in
/// <see cref="BaselineChangeDescriber"/>.</summary>
internal static class DeviceChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Devices;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        if ((before.JamfAdeToken is null) != (after.JamfAdeToken is null))
        {
            // Only whether the secret is set is ever described: its value never reaches this program's reports.
            changes.Add(Area, after.JamfAdeToken is null
                ? "Removes the Apple School Manager enrolment token."
                : "Sets the Apple School Manager enrolment token (a secret, never shown).", ["DEV-10"]);
        }

        switch (before.Devices, after.Devices)
        {
            case (null, { }):
                changes.Add(Area, "Adds the school's device settings.", ["DEV-01"]);
                return;
            case ({ }, null):
                changes.Add(Area, "Removes all of the school's device settings.", ["DEV-01"], RiskFlag.DeviceBaselineWeakened);
                return;
            case ({ } b, { } a):
                DescribeGroups(b, a, changes);
                BaselineChangeDescriber.DescribeWindows(b.Windows, a.Windows, changes);
                BaselineChangeDescriber.DescribeIpads(b.Ipads, a.Ipads, changes);
                DescribeApps(b, a, changes);
                DescribeByod(b.Byod, a.Byod, changes);
                return;
            default:
                return;
        }
    }

    private static void DescribeGroups(DevicesConfig b, DevicesConfig a, ChangeList changes)
    {
        var (added, removed, _) = KeyedPairs.Match(b.Groups, a.Groups, g => g.Key);
        foreach (var group in added)
        {
            changes.Add(Area, $"Adds the device group \"{group.DisplayName}\".", ["DEV-01"]);
        }

        foreach (var group in removed)
        {
            changes.Add(Area, $"Removes the device group \"{group.DisplayName}\".", ["DEV-01"]);
        }
    }

    private static void DescribeApps(DevicesConfig b, DevicesConfig a, ChangeList changes)
    {
        var (added, removed, _) = KeyedPairs.Match(b.ApprovedApps, a.ApprovedApps, x => x.Name + "/" + x.Platform);
        foreach (var app in added)
        {
            changes.Add(Area, $"Approves the app \"{app.Name}\" for {PlainNames.Of(app.Platform)} devices, approved by {RoleNames.InSentence(app.ApprovedBy)} on {DisplayDates.Format(app.ApprovedOn)}.", ["DEV-09"]);
        }

        foreach (var app in removed)
        {
            changes.Add(Area, $"Takes the app \"{app.Name}\" off the approved list for {PlainNames.Of(app.Platform)} devices.", ["DEV-09"]);
        }
    }

    private static void DescribeByod(ByodChoices b, ByodChoices a, ChangeList changes)
    {
        if (b.Network != a.Network)
        {
            changes.Add(Area, a.Network == ByodNetwork.GuestNetwork
                ? "Lets personal devices use the filtered guest network."
                : "Stops personal devices using the school's networks.", ["FIL-08"]);
        }

        if (b.Staff != a.Staff)
        {
            var opened = a.Staff == ByodStaffAccess.AppProtection;
            changes.Add(Area, opened
                    ? "Lets staff reach school data from their own phones and tablets through protected apps."
                    : "Stops staff reaching school data from their own phones and tablets.",
                ["DEV-08"], opened ? [RiskFlag.SignInWeakened] : []);
        }
    }
}
