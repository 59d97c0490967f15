using System.Globalization;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// iPads in Jamf School through the jamfschool provider. Its resources are device groups, classes, users, user groups,
/// apps and iBeacons only (resource-types.md section 5): passcode, restrictions, supervision and OS updates cannot be
/// declared, so they become notes of kind CheckedNotDeployed, checked by reading the Jamf School API during drift
/// detection. Reports say so rather than claim they are deployed.
/// </summary>
public sealed class JamfSchoolBaseline(BuildContext context, IpadBaseline ipads)
{
    public void Build()
    {
        foreach (var group in ipads.DeviceGroups)
        {
            context.Add($"jamfSchool-group-{group.Key}", JamfSchoolTypes.DeviceGroup, PulumiValue.Map(
                    ("name", PulumiValue.Text(context.DisplayName(group.Name))),
                    ("description", PulumiValue.Text(group.Criterion is null
                        ? $"iPads for {ConfigNaming.EnumValue(group.Audience)} use."
                        : $"iPads for {ConfigNaming.EnumValue(group.Audience)} use: {group.Criterion} (membership kept in Jamf School)."))),
                group.Span, $"The Jamf School device group \"{group.Name}\".", ["DEV-10"]);
        }

        foreach (var schoolClass in ipads.Classes)
        {
            context.Add($"jamfSchool-class-{schoolClass.Key}", JamfSchoolTypes.Class, PulumiValue.Map(
                    ("name", PulumiValue.Text(schoolClass.Name))),
                schoolClass.Span, $"The Jamf School class \"{schoolClass.Name}\" for Apple Classroom.", ["DEV-10"]);
        }

        foreach (var app in ipads.Apps)
        {
            context.Add($"jamfSchool-app-{app.AdamId.ToString(CultureInfo.InvariantCulture)}", JamfSchoolTypes.App, PulumiValue.Map(
                    ("adamId", PulumiValue.Number(app.AdamId)),
                    ("countryCode", PulumiValue.Text("gb"))),
                app.Span, $"The approved app \"{app.Name}\" from the UK App Store.", ["DEV-09"]);
        }

        var passcode = ipads.Passcode;
        Check($"Passcode on every iPad: at least {passcode.MinLength} digits, locks after {passcode.MaxInactivityMinutes} minutes, " +
            $"at most {passcode.MaxFailedAttempts} failed attempts. Checked by reading the Jamf School API, not deployed.",
            passcode.Span, "DEV-01", "PWD-03");
        var r = ipads.Restrictions;
        Check($"Restrictions on pupil iPads: app installation {OnOff(r.PupilAppInstalls)}, AirDrop {OnOff(r.AirDrop)}, " +
            $"VPN creation {OnOff(r.VpnCreation)}, erase {OnOff(r.EraseContentAndSettings)}. Checked by reading the Jamf School API, not deployed.",
            r.Span, "DEV-09", "DEV-10", "FIL-07");
        Check(ipads.Supervised
                ? "Every school iPad enrolled through Apple School Manager, supervised, with an MDM profile that cannot be removed. Checked by reading the Jamf School API (device is_supervised), not deployed."
                : "Supervision is not required by this school's settings; enrolment is checked by reading the Jamf School API, not deployed.",
            ipads.Span, "DEV-10");
        Check($"iPadOS updates installed within {ipads.OsUpdateWithinDays} days of release. Checked by reading the Jamf School API, not deployed.",
            ipads.Span, "DEV-07");
    }

    private void Check(string message, Core.Diagnostics.SourceSpan span, params string[] controls) =>
        context.AddNote(new DesiredNote(NoteKind.CheckedNotDeployed, message, span.IsKnown ? span : ipads.Span, [.. controls]));

    private static string OnOff(bool allowed) => allowed ? "allowed" : "off";
}
