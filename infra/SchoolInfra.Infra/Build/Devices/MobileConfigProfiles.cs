using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Formats;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// iPad configuration profiles as typed property lists (Apple Device Management payload keys): the passcode policy
/// (DEV-01, PWD-03) and the restrictions for pupil iPads (DEV-09, DEV-10, FIL-07). Written canonically by
/// <see cref="PlistWriter"/>; identifiers and UUIDs are derived from the school so they stay stable.
/// </summary>
public static class MobileConfigProfiles
{
    public static string Passcode(string school, PasscodeSettings passcode) => Profile(school, "passcode", "iPad passcode",
        "com.apple.mobiledevice.passwordpolicy",
        ("forcePIN", PlistValue.Bool(true)),
        ("allowSimple", PlistValue.Bool(false)),
        ("requireAlphanumeric", PlistValue.Bool(false)),
        ("minLength", PlistValue.Number(passcode.MinLength)),
        ("maxInactivity", PlistValue.Number(passcode.MaxInactivityMinutes)),
        ("maxFailedAttempts", PlistValue.Number(passcode.MaxFailedAttempts)));

    public static string Restrictions(string school, IpadRestrictions restrictions) => Profile(school, "restrictions", "iPad restrictions (pupils)",
        "com.apple.applicationaccess",
        ("allowAppInstallation", PlistValue.Bool(restrictions.PupilAppInstalls)),
        ("allowAppRemoval", PlistValue.Bool(false)),
        ("allowAccountModification", PlistValue.Bool(false)),
        ("allowEraseContentAndSettings", PlistValue.Bool(restrictions.EraseContentAndSettings)),
        ("allowVPNCreation", PlistValue.Bool(restrictions.VpnCreation)),
        ("allowAirDrop", PlistValue.Bool(restrictions.AirDrop)),
        ("allowExplicitContent", PlistValue.Bool(restrictions.ExplicitContent)));

    private static string Profile(string school, string key, string displayName, string payloadType, params (string Key, PlistValue Value)[] settings)
    {
        var identifier = $"org.schoolinfra.{Identifier(school)}.{key}";
        var payload = PlistValue.Dictionary([
            ("PayloadDisplayName", PlistValue.Text(displayName)),
            ("PayloadIdentifier", PlistValue.Text($"{identifier}.payload")),
            ("PayloadType", PlistValue.Text(payloadType)),
            ("PayloadUUID", PlistValue.Text(StableUuid.From($"{identifier}.payload"))),
            ("PayloadVersion", PlistValue.Number(1)),
            .. settings]);
        var profile = PlistValue.Dictionary(
            ("PayloadContent", PlistValue.Array(payload)),
            ("PayloadDisplayName", PlistValue.Text(displayName)),
            ("PayloadIdentifier", PlistValue.Text(identifier)),
            ("PayloadOrganization", PlistValue.Text(school)),
            ("PayloadRemovalDisallowed", PlistValue.Bool(true)),
            ("PayloadScope", PlistValue.Text("System")),
            ("PayloadType", PlistValue.Text("Configuration")),
            ("PayloadUUID", PlistValue.Text(StableUuid.From(identifier))),
            ("PayloadVersion", PlistValue.Number(1)));
        return PlistWriter.Write(profile);
    }

    private static string Identifier(string school) =>
        new([.. school.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
