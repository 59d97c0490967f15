using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Policy;

/// <summary>
/// SI27xx: the control catalogue (policy/controls/*.yaml). The school's records (SI2711-SI2716) are Evidence's
/// <c>RecordDiagnostics</c>.
/// One factory per code; a retired code is never reused. Findings about controls are not diagnostics.
/// </summary>
public static class PolicyDiagnostics
{
    public static Diagnostic DuplicateControlId(SourceSpan at, string id, SourceSpan first) => new(
        "SI2701", Severity.Error, at, $"The control id \"{id}\" is declared twice; the first is at {first}.",
        "give each control its own id; ids are stable, so renumber the new one, never the old.");

    public static Diagnostic UnknownRule(SourceSpan at, string control, string rule) => new(
        "SI2702", Severity.Error, at, $"The control {control} names the rule \"{rule}\", which no rule class implements.",
        $"add a rule class under policy/SchoolInfra.Policy/Rules/ whose Id is \"{rule}\".");

    public static Diagnostic ControlWithoutRule(SourceSpan at, string control) => new(
        "SI2703", Severity.Error, at, $"The control {control} has no rule, so nothing would ever check it.",
        $"set rule: {control.ToLowerInvariant()} and write that rule.");

    public static Diagnostic RuleNotControlId(SourceSpan at, string control, string rule) => new(
        "SI2704", Severity.Error, at, $"The control {control} names the rule \"{rule}\", but a control's rule id is its own id in lower case.",
        $"set rule: {control.ToLowerInvariant()}.");

    public static Diagnostic MalformedControlId(SourceSpan at, string id) => new(
        "SI2705", Severity.Error, at, $"\"{id}\" is not a control id.",
        "write it as three capital letters, a hyphen and two digits, e.g. MFA-01.");

    public static Diagnostic BadParameter(SourceSpan at, string control, string name) => new(
        "SI2706", Severity.Error, at, $"The parameter \"{name}\" of {control} is not a single value.",
        "write each parameter as name: value, e.g. staffMinLength: 12.");

    public static Diagnostic NoCatalogue(string where) => new(
        "SI2707", Severity.Error, SourceSpan.At(where, 0, 0), $"No controls were found in \"{where}\".",
        "run from the SchoolInfra repository; the catalogue lives in policy/controls/*.yaml.");

    public static Diagnostic DuplicateRule(string rule, string first, string second) => new(
        "SI2708", Severity.Error, SourceSpan.None, $"Two rule classes, {first} and {second}, both claim the rule id \"{rule}\".",
        "give each rule class its own id: the id of the control it checks, in lower case.");

    public static Diagnostic NotACatalogueFile(SourceSpan at) => new(
        "SI2709", Severity.Error, at, "The catalogue file has no \"controls:\" list.",
        "start the file with order: N and controls:, then one entry per control.");
}
