using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>DEV-03: Windows Firewall on for the domain, private and public profiles (DfE-CS CS3, CE firewalls).</summary>
public sealed class DeviceFirewallRule : DeviceRule
{
    public override string Id => "dev-03";

    protected override string MetSummary => "Each laptop's own firewall is on.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        if (Windows(devices, finding) is { } windows)
        {
            if (windows.Firewall)
            {
                finding.Evidence("Windows Firewall is on for the domain, private and public profiles.");
            }
            else
            {
                finding.NotMet("firewallOff", At(windows, devices), "Windows Firewall is not required on school laptops.",
                    "Set windows firewall: true.", SchoolRole.ItProvider);
            }
        }

        finding.LiveCheckNotRun("that no device has its firewall off");
    }
}
