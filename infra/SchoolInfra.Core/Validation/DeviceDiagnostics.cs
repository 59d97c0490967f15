using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>SI24xx: device baselines (Intune, Jamf) and the PowerShell scripts kept in the school folder.</summary>
public static class DeviceDiagnostics
{
    public static Diagnostic LocalAdminForPupils(SourceSpan at, string group) => new(
        "SI2401", Severity.Error, at, $"The Windows baseline makes users local administrators, and it applies to the pupil device group \"{group}\".",
        "set localAdmin usersAreAdmins: false; pupils must never be administrators (DEV-06).");

    public static Diagnostic LocalAdminForStaff(SourceSpan at) => new(
        "SI2402", Severity.Warning, at, "The Windows baseline makes users local administrators of staff devices.",
        "set localAdmin usersAreAdmins: false and let the IT provider use the LAPS-managed account for admin work (DEV-06).");

    public static Diagnostic PupilRemovableMediaAllowed(SourceSpan at) => new(
        "SI2403", Severity.Error, at, "removableMedia pupilsBlocked is false, but USB storage must always be blocked on pupil devices.",
        "remove pupilsBlocked or set it to true (DfE cyber security standard CS3, DEV-05).");

    public static Diagnostic SchoolIssuedDrivesUndeclared(SourceSpan at) => new(
        "SI2404", Severity.Error, at, "Staff may use school-issued encrypted drives, but no drive ids are listed in schoolIssuedDeviceIds.",
        "list the hardware ids of the school's encrypted drives, or set staff: blocked.");

    public static Diagnostic UpdateRingTooSlow(SourceSpan at, string ring, int days) => new(
        "SI2405", Severity.Error, at, $"The update ring \"{ring}\" can take {days} days to install a security update (deferral + deadline + grace), more than 14.",
        "shorten qualityDeferralDays, deadlineDays or graceDays so that together they are at most 14 (DEV-07).");

    public static Diagnostic PupilAppInstallsAllowed(SourceSpan at) => new(
        "SI2406", Severity.Error, at, "The iPad restrictions let pupils install apps themselves.",
        "set restrictions pupilAppInstalls: false; apps come through Apple School Manager (DEV-09, DEV-10).");

    public static Diagnostic JamfProWithoutAdeToken(SourceSpan at) => new(
        "SI2407", Severity.Error, at, "The iPads are managed by Jamf Pro, but the Apple School Manager token schoolinfra:jamfAdeToken is not set.",
        "run: pulumi config set --secret schoolinfra:jamfAdeToken <token> (supervised enrolment needs it, DEV-10).");

    public static Diagnostic ScriptMissing(SourceSpan at, string path) => new(
        "SI2408", Severity.Error, at, $"The script \"{path}\" does not exist in the schools folder.",
        "check the path (it is relative to the schools folder) or add the script.");

    public static Diagnostic ScriptSyntaxError(SourceSpan at, string parserMessage) => new(
        "SI2409", Severity.Error, at, $"PowerShell cannot read this script: {parserMessage.TrimEnd('.')}.",
        "fix the script; Intune would fail to run it.");

    public static Diagnostic ScriptBannedCommand(SourceSpan at, string written, string banned) => new(
        "SI2410", Severity.Error, at, string.Equals(written, banned, StringComparison.OrdinalIgnoreCase)
            ? $"The script uses \"{written}\", which the school does not allow in device scripts."
            : $"The script uses \"{written}\" ({banned}), which the school does not allow in device scripts.",
        "remove it: baseline scripts must not download, run text as code or weaken the execution policy.");

    public static Diagnostic DetectionWithoutRemediation(SourceSpan at, string script) => new(
        "SI2411", Severity.Error, at, $"The detection script \"{script}\" has no remediatedBy.",
        "name the remediation script that fixes what it finds; Intune runs them as a pair.");

    public static Diagnostic RemediatedByNotRemediation(SourceSpan at, string script, string target) => new(
        "SI2412", Severity.Error, at, $"The detection script \"{script}\" is remediated by \"{target}\", which is not a remediation script.",
        "point remediatedBy at a script of kind remediation.");

    public static Diagnostic RemediationWithoutDetection(SourceSpan at, string script) => new(
        "SI2413", Severity.Error, at, $"The remediation script \"{script}\" is not named by exactly one detection script.",
        "add remediatedBy to the one detection script it belongs to.");

    public static Diagnostic ComplianceScriptWithoutRules(SourceSpan at, string script) => new(
        "SI2414", Severity.Error, at, $"The custom-compliance script \"{script}\" has no rules.",
        "add rules (setting, operator, dataType, operand, message) for the values the script reports.");

    public static Diagnostic RulesOnOtherScript(SourceSpan at, string script) => new(
        "SI2415", Severity.Error, at, $"The script \"{script}\" has rules, but only custom-compliance scripts use them.",
        "remove the rules, or set kind: customCompliance.");

    public static Diagnostic SeveralComplianceScripts(SourceSpan at, string script) => new(
        "SI2416", Severity.Error, at, $"\"{script}\" is a second custom-compliance script; a Windows compliance policy takes only one.",
        "merge the checks into one custom-compliance script.");

    public static Diagnostic SmartGroupCriterionUnreadable(SourceSpan at, string group, string? criterion) => new(
        "SI2417", Severity.Error, at, criterion is null
            ? $"The Jamf Pro smart group \"{group}\" has no criterion, so it would hold no iPads."
            : $"The Jamf Pro smart group \"{group}\" has the criterion \"{criterion}\", which is not written as field, search type, value.",
        "write it like \"Building is Main Site\" or \"Department is not Staff\".");

    public static Diagnostic DeviceGroupWithoutUpdateRing(SourceSpan at, string group) => new(
        "SI2418", Severity.Error, at, $"The device group \"{group}\" is in no Windows update ring, so nothing makes its security updates install.",
        "add the group to an update ring's deviceGroups (DEV-07).");
}
