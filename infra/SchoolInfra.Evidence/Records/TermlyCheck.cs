using NodaTime;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// The result of <see cref="SchoolCalendar.CheckTermly"/> and <see cref="SchoolCalendar.CheckTermlyDates"/>: the
/// state, the term it concerns, the date (and record) that counts, or the latest one when none counts, and the date
/// after which the term's record is overdue.
/// </summary>
public sealed record TermlyCheck(DueState State, SchoolTerm? Term, LocalDate? Date, LocalDate? OverdueAfter)
{
    public SchoolRecord? Record { get; init; }
}
