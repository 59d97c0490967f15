using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Reports.Issue;

/// <summary>
/// A governors' report as issued: the <c>report-issue</c> record that <c>schoolinfra report --issue</c> writes and
/// whose pull request, once approved by the named signer, is the sign-off.
/// </summary>
public sealed record IssuedReport(
    LocalDate Date,
    string Checksum,
    ImmutableArray<IssuedProblem> Open,
    SchoolRole? SignedOffBy,
    LocalDate? Meeting,
    LocalDate? NextReview)
{
    private static readonly ImmutableDictionary<string, SchoolRole> RoleWords =
        Enum.GetValues<SchoolRole>().ToImmutableDictionary(r => ConfigNaming.EnumValue(r), r => r, StringComparer.Ordinal);

    /// <summary>Reads a <c>report-issue</c> record; null for any other kind.</summary>
    public static IssuedReport? From(SchoolRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Kind != RecordKind.ReportIssue)
        {
            return null;
        }

        var open = record.Entries("open").Select(e => new IssuedProblem(
            SchoolRecord.TextIn(e, "control") ?? string.Empty,
            SchoolRecord.TextIn(e, "problem") ?? string.Empty,
            SchoolRecord.TextIn(e, "status") ?? string.Empty,
            SchoolRecord.TextIn(e, "text") ?? string.Empty)).Where(p => p.Control.Length > 0).ToImmutableArray();
        return new IssuedReport(
            record.Date,
            record.Text("checksum") ?? string.Empty,
            open,
            record.Text("signedOffBy") is { } word && RoleWords.TryGetValue(word, out var role) ? role : null,
            record.DateOf("meeting"),
            record.DateOf("nextReview"));
    }

    /// <summary>The newest report issued before <paramref name="before"/>, or null when none was.</summary>
    public static IssuedReport? LatestBefore(RecordSet records, LocalDate before)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.OfKind(RecordKind.ReportIssue).Where(r => r.Date < before).Select(From).OfType<IssuedReport>().FirstOrDefault();
    }
}
