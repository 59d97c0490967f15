using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// SI2711-SI2716: the school's records (schools/&lt;stack&gt;/records/). One factory per code; a retired code is never
/// reused. The codes kept their numbers when records moved from Policy to Evidence.
/// </summary>
public static class RecordDiagnostics
{
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
