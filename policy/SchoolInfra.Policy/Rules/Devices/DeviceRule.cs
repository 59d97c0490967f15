using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>A DEV rule that reads the device baselines: not met when the school declares none.</summary>
public abstract class DeviceRule : ControlRule
{
    protected sealed override void Check(RuleContext context, FindingBuilder finding)
    {
        if (context.Config.Devices is not { } devices || devices is { Windows: null, Ipads: null })
        {
            finding.NotMet(context.Config.Devices?.Span ?? context.Config.Span, "No Windows or iPad baseline is declared for the school's devices.",
                "Declare the device baselines under schoolinfra:devices (windows for Intune, ipads for Jamf).", SchoolRole.ItProvider);
            return;
        }

        finding.About(devices.Span);
        Check(context, devices, finding);
    }

    protected abstract void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding);

    /// <summary>For Windows-only controls: says so when the school has no Windows devices.</summary>
    protected static WindowsBaseline? Windows(DevicesConfig devices, FindingBuilder finding)
    {
        if (devices.Windows is null)
        {
            finding.Evidence("No Windows devices are declared.");
        }

        return devices.Windows;
    }
}
