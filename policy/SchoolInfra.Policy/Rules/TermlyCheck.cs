using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// The result of <see cref="TermCalendar.CheckTermly"/> and <see cref="TermCalendar.CheckTermlyDates"/>: the state, the term it
/// concerns, the date (and record) that counts, or the latest one when none counts, and the date after which the
/// term's record is overdue.
/// </summary>
public sealed record TermlyCheck(TermlyState State, SchoolTerm? Term, LocalDate? Date, LocalDate? OverdueAfter)
{
    public SchoolRecord? Record { get; init; }
}
