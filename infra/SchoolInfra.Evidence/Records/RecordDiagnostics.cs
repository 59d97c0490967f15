using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// SI2711-SI2716 and SI2802-SI2806: the school's records (schools/&lt;stack&gt;/records/). One factory per code; a retired
/// code is never reused. The SI27xx codes kept their numbers when records moved from Policy to Evidence; the SI28xx
/// ones check that a record is sane (plausible dates, closed values, positive durations).
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

    public static Diagnostic RecordDateImplausible(SourceSpan at, string date, string earliest) => new(
        "SI2802", Severity.Error, at, $"The record is dated {date}, before {earliest}, the earliest date a record of this school can have.",
        "check the year; records go back at most to the school year before the first term listed under schoolinfra:terms.");

    public static Diagnostic RecordFarInFuture(SourceSpan at, string date) => new(
        "SI2803", Severity.Error, at, $"The record is dated {date}, more than a day after today.",
        "date a record on the day the work was done; a planned date is not evidence.");

    public static Diagnostic FileNameDateDiffers(SourceSpan at, string fileDate, string date) => new(
        "SI2804", Severity.Error, at, $"The file name says {fileDate} but the record is dated {date}.",
        "name the file after the record's date (YYYY-MM-DD-kind.yaml), or correct the date inside it.");

    public static Diagnostic RecordValueNotAllowed(SourceSpan at, string field, string value, string allowed) => new(
        "SI2805", Severity.Error, at, $"\"{field}\" is \"{value}\", which is not one of: {allowed}.",
        "use one of the listed values; schools/README.md lists what each record kind holds.");

    public static Diagnostic RecordNumberOutOfRange(SourceSpan at, string field, string value, string allowed) => new(
        "SI2806", Severity.Error, at, $"\"{field}\" is {value}, but it must be {allowed}.",
        "write the number as it was measured: a time taken is more than 0, a count is 0 or more, a percentage is 0 to 100.");
}
