using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-09: every app deployed to iPads is on the approved-apps list, each approval is by a senior leader and dated
/// no later than today, Windows users cannot install software themselves and pupils cannot install iPad apps
/// (DfE-CS CS3, CS5; CE secure configuration). Apps found on devices are compared with the list by the live check.
/// </summary>
public sealed class ApprovedSoftwareRule : DeviceRule
{
    private static readonly SchoolRole[] SeniorLeaders =
        [SchoolRole.Headteacher, SchoolRole.SecondResponsiblePerson, SchoolRole.FmSltLead, SchoolRole.SltDigitalLead];

    public override string Id => "dev-09";

    protected override string MetSummary => "Only software a senior leader approved is installed, and pupils cannot add their own.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        foreach (var app in devices.ApprovedApps)
        {
            if (!SeniorLeaders.Contains(app.ApprovedBy))
            {
                finding.NotMet("approverNotLeader", app.Span, $"\"{app.Name}\" was approved by \"{ConfigNaming.EnumValue(app.ApprovedBy)}\", who is not a senior leader.",
                    "Have a senior leader approve it and record approvedBy.", SchoolRole.SltDigitalLead);
            }
            else if (app.ApprovedOn > context.Today)
            {
                finding.NotMet("approvalFutureDated", app.Span, $"The approval of \"{app.Name}\" is dated in the future ({app.ApprovedOn:yyyy-MM-dd}).",
                    "Correct approvedOn to the day it was approved.", SchoolRole.SltDigitalLead);
            }
        }

        finding.Evidence($"{Count(devices.ApprovedApps.Length, "app is", "apps are")} approved by a senior leader.");
        if (devices.Ipads is { } ipads)
        {
            var approved = devices.ApprovedApps.Where(a => a.Platform == DevicePlatform.IPadOs).Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var app in ipads.Apps.Where(a => !approved.Contains(a.Name)))
            {
                finding.NotMet("appNotApproved", app.Span, $"The iPad app \"{app.Name}\" is deployed but not on the approved-apps list.",
                    "Add it to approvedApps with the senior leader who approved it and the date, or stop deploying it.", SchoolRole.SltDigitalLead);
            }

            if (ipads.Restrictions.PupilAppInstalls)
            {
                finding.NotMet("pupilAppInstalls", At(ipads.Restrictions, ipads, devices), "Pupils can install apps on iPads themselves.",
                    "Set ipads restrictions pupilAppInstalls: false; apps come through Apple School Manager.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"Every app deployed to iPads ({ipads.Apps.Length}) is approved, and pupils cannot install apps.");
            }
        }

        if (devices.Windows is { } windows)
        {
            if (windows.LocalAdmin.UsersAreAdmins)
            {
                finding.NotMet("localAdmins", At(windows.LocalAdmin, windows, devices), "Windows users are local administrators, so they can install any software.",
                    "Set windows localAdmin usersAreAdmins: false.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence("Windows users are standard users, so software is installed only through Intune.");
            }
        }

        finding.LiveCheckNotRun("that every app found on pupil devices is on the approved list");
    }
}
