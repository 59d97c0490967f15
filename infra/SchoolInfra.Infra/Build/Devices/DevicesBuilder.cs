using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// Device baselines: the Entra dynamic device groups every Intune policy is assigned to, the Windows baseline in
/// Intune, and the iPad baseline in Jamf Pro or Jamf School, as the school chose (DEV-01..10, PWD-03, FIL-07).
/// </summary>
public sealed class DevicesBuilder : IDomainBuilder
{
    public void Build(BuildContext context)
    {
        if (context.Config.Devices is not { } devices)
        {
            return;
        }

        foreach (var group in devices.Groups)
        {
            AddDeviceGroup(context, group);
        }

        if (devices.Windows is { } windows)
        {
            new IntuneBaseline(context, devices, windows).Build();
        }

        switch (devices.Ipads)
        {
            case { ManagedBy: JamfProduct.JamfPro } ipads:
                new JamfProBaseline(context, ipads).Build();
                break;
            case { ManagedBy: JamfProduct.JamfSchool } ipads:
                new JamfSchoolBaseline(context, ipads).Build();
                break;
            default:
                break;
        }
    }

    private static void AddDeviceGroup(BuildContext context, DeviceGroup group) =>
        context.Add(ResourceNames.DeviceGroup(group.Key), AzureAdTypes.Group, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName(group.DisplayName))),
                ("description", PulumiValue.Text($"Windows devices for {Core.Config.ConfigNaming.EnumValue(group.Audience)} use; Intune baselines are assigned here.")),
                ("securityEnabled", PulumiValue.Bool(true)),
                ("mailEnabled", PulumiValue.Bool(false)),
                ("preventDuplicateNames", PulumiValue.Bool(true)),
                ("types", PulumiValue.TextList(["DynamicMembership"])),
                ("dynamicMembership", PulumiValue.Map(
                    ("enabled", PulumiValue.Bool(true)),
                    ("rule", PulumiValue.Text(group.MembershipRule))))),
            group.Span, $"The dynamic device group \"{group.DisplayName}\" that device baselines are assigned to.", ["DEV-08"]);
}
