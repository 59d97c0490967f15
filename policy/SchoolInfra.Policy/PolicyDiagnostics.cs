using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Policy;

/// <summary>
/// SI27xx: the control catalogue (policy/controls/*.yaml) and the school's records (schools/&lt;stack&gt;/records/).
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

    public static Diagnostic UnknownRecordKind(SourceSpan at, string kind, string? suggestion) => new(
        "SI2711", Severity.Error, at, $"\"{kind}\" is not a kind of record SchoolInfra knows.",
        suggestion is null ? "use one of the kinds listed in schools/README.md (e.g. fm-check, restore-test)." : $"did you mean \"{suggestion}\"?");

    public static Diagnostic RecordFieldMissing(SourceSpan at, string field) => new(
        "SI2712", Severity.Error, at, $"The record has no \"{field}\".",
        field switch
        {
            "kind" => "add kind: with the record kind, e.g. kind: fm-check.",
            "date" => "add date: with the day it was done, written as YYYY-MM-DD.",
            _ => "add by: with the role that did it, e.g. by: fmSltLead (a role, never a name).",
        });

    public static Diagnostic RecordBadDate(SourceSpan at, string field, string value) => new(
        "SI2713", Severity.Error, at, $"\"{field}\" is \"{value}\", which is not a date written as YYYY-MM-DD.",
        "write the date as YYYY-MM-DD, e.g. 2026-10-06.");

    public static Diagnostic RecordUnknownRole(SourceSpan at, string value, string? suggestion) => new(
        "SI2714", Severity.Error, at, $"\"{value}\" is not a school role.",
        suggestion is null ? "use a role such as headteacher, fmSltLead, dsl or itProvider (never a person's name)." : $"did you mean \"{suggestion}\"?");

    public static Diagnostic RecordInFuture(SourceSpan at, string date) => new(
        "SI2715", Severity.Warning, at, $"The record is dated {date}, which is after today.",
        "date a record on the day the work was done; a planned date is not evidence.");

    public static Diagnostic RecordNotAMapping(SourceSpan at) => new(
        "SI2716", Severity.Error, at, "The record is not a section of named fields.",
        "write a record as kind:, date:, by: and the fields its control names, one per line.");
}
