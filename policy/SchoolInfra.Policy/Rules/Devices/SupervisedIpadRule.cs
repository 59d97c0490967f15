using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-10: school iPads are enrolled through Automated Device Enrolment and supervised (Jamf Pro: a PreStage on the
/// declared ADE instance), and pupils cannot install apps, erase the iPad, create VPN configurations or use AirDrop
/// (DfE-CS CS3, CS4; CE secure configuration). Jamf School's provider cannot declare profiles or enrolment, so for it
/// these requirements are read from the Jamf School API by the live check.
/// </summary>
public sealed class SupervisedIpadRule : DeviceRule
{
    public override string Id => "dev-10";

    protected override string MetSummary => "School iPads are supervised and locked down.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        if (devices.Ipads is not { } ipads)
        {
            finding.Evidence("No school iPads are declared.");
            return;
        }

        var at = At(ipads, devices);
        if (!ipads.Supervised)
        {
            finding.NotMet("notSupervised", at, "School iPads are not declared as supervised through Automated Device Enrolment.",
                "Enrol the iPads through Apple School Manager and set ipads supervised: true.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence("School iPads are enrolled through Apple School Manager, supervised, with a management profile that cannot be removed.");
        }

        var restrictions = ipads.Restrictions;
        var allowed = new List<string>();
        AddIfAllowed(allowed, restrictions.PupilAppInstalls, "installing apps");
        AddIfAllowed(allowed, restrictions.EraseContentAndSettings, "erasing the iPad");
        AddIfAllowed(allowed, restrictions.VpnCreation, "creating VPN configurations");
        AddIfAllowed(allowed, restrictions.AirDrop, "AirDrop");
        if (allowed.Count > 0)
        {
            finding.NotMet("restrictionsOff", At(restrictions, ipads, devices), $"Pupil iPads allow {string.Join(", ", allowed)}.",
                "Switch these off under ipads restrictions.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence("Pupils cannot install apps, erase the iPad, create VPN configurations or use AirDrop.");
        }

        if (ipads.ManagedBy == JamfProduct.JamfPro && string.IsNullOrWhiteSpace(ipads.AdeInstanceId))
        {
            finding.NotMet("noAdeInstance", at, "Jamf Pro has no Automated Device Enrolment instance declared, so the supervised enrolment cannot be declared.",
                "Set ipads adeInstanceId to the ADE instance id in Jamf Pro.", SchoolRole.ItProvider);
        }
        else if (ipads.ManagedBy == JamfProduct.JamfSchool)
        {
            finding.Evidence("Jamf School cannot deploy profiles or enrolment settings, so supervision and the restrictions are read from the Jamf School API.");
        }

        finding.LiveCheckNotRun("that no school iPad is unsupervised or unenrolled");
    }

    private static void AddIfAllowed(List<string> allowed, bool isAllowed, string what)
    {
        if (isAllowed)
        {
            allowed.Add(what);
        }
    }
}
