using SchoolInfra.Core.Model.Devices;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Device baselines that cannot be built: Jamf Pro supervision without the Apple School Manager token, and smart-group
/// criteria that cannot be read. How strong the baselines are (local admin, USB storage, update speed, app installs)
/// is judged by the DEV controls in Policy.
/// </summary>
public sealed class DeviceChecks : IConfigCheck
{
    /// <summary>Shared devices are used by pupils, so they get the pupil rules.</summary>
    public static bool IsPupilAudience(DeviceAudience audience) => audience is DeviceAudience.Pupil or DeviceAudience.Shared;

    public void Check(ValidationContext context)
    {
        if (context.Config.Devices?.Ipads is not { ManagedBy: JamfProduct.JamfPro } ipads)
        {
            return;
        }

        var bag = context.Diagnostics;
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
