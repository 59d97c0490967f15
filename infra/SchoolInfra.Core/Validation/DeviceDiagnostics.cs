using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// SI24xx: device baselines (Intune, Jamf) and the PowerShell scripts kept in the school folder. Retired (judged by the
/// DEV controls since issue 13): SI2401-SI2406, SI2418.
/// </summary>
public static class DeviceDiagnostics
{
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
}
