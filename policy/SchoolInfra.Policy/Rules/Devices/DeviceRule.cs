using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Devices;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>A DEV rule that reads the device baselines: not met when the school declares none.</summary>
public abstract class DeviceRule : SectionRule<DevicesConfig>
{
    protected sealed override string MissingMessage => "No Windows or iPad baseline is declared for the school's devices.";

    protected sealed override string MissingAction => "Declare the device baselines under schoolinfra:devices (windows for Intune, ipads for Jamf).";

    protected sealed override DevicesConfig? Section(SchoolConfig config) =>
        config.Devices is { } devices && devices is not { Windows: null, Ipads: null } ? devices : null;

    protected sealed override SourceSpan MissingAt(SchoolConfig config) => config.Devices?.Span ?? config.Span;

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
