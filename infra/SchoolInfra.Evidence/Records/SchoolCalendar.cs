using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// The school's year as the controls count it (reference/controls.md section 1): academic years run from
/// 1 September to 31 August; term time is the declared terms less their half-term breaks; a termly record is
/// overdue 14 days after the end of the term in which it was due.
/// </summary>
public sealed class SchoolCalendar(ImmutableArray<SchoolTerm> terms)
{
    /// <summary>Days after a term ends before its missing record is overdue.</summary>
    public const int GraceDays = 14;

    public ImmutableArray<SchoolTerm> Terms { get; } = [.. terms.OrderBy(t => t.Start)];

    public static LocalDate OverdueAfter(SchoolTerm term) => term.End.PlusDays(GraceDays);

    /// <summary>A record dated from the first day of the term to the end of its grace period counts for that term.</summary>
    public static bool Covers(SchoolTerm term, LocalDate date) => date >= term.Start && date <= OverdueAfter(term);

    /// <summary>Within the 12 months up to and including today.</summary>
    public static bool WithinTwelveMonths(LocalDate date, LocalDate today) => date <= today && date > today.PlusMonths(-12);

    public static LocalDate AcademicYearStart(LocalDate date) => new(date.Month >= 9 ? date.Year : date.Year - 1, 9, 1);

    public static LocalDate AcademicYearEnd(LocalDate date) => AcademicYearStart(date).PlusYears(1).PlusDays(-1);

    /// <summary>The academic year's name, e.g. "2026-27".</summary>
    public static string AcademicYearName(LocalDate date)
    {
        var start = AcademicYearStart(date).Year;
        return $"{start}-{(start + 1) % 100:00}";
    }

    /// <summary>The term a date falls in (holidays between terms belong to no term).</summary>
    public SchoolTerm? TermOf(LocalDate date) => Terms.FirstOrDefault(t => t.Start <= date && date <= t.End);

    /// <summary>The latest term that has started by <paramref name="today"/>.</summary>
    public SchoolTerm? CurrentTerm(LocalDate today) => Terms.LastOrDefault(t => t.Start <= today);

    public bool IsTermTime(LocalDate date) =>
        TermOf(date) is { } term && !(term.HalfTerm is { } half && half.Start <= date && date <= half.End);

    public bool IsSchoolDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && IsTermTime(date);

    /// <summary>School days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int SchoolDaysBetween(LocalDate from, LocalDate to)
    {
        var days = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            days += IsSchoolDay(d) ? 1 : 0;
        }

        return days;
    }

    /// <summary>
    /// Mondays of the term-time weeks of <paramref name="term"/> that have ended before <paramref name="today"/>:
    /// a week counts when at least one of its weekdays is a school day.
    /// </summary>
    public ImmutableArray<LocalDate> EndedTermWeeks(SchoolTerm term, LocalDate today)
    {
        var weeks = ImmutableArray.CreateBuilder<LocalDate>();
        var monday = term.Start.PlusDays(1 - (int)term.Start.DayOfWeek);
        for (; monday <= term.End && monday.PlusDays(6) < today; monday = monday.PlusWeeks(1))
        {
            if (Enumerable.Range(0, 5).Any(i => IsSchoolDay(monday.PlusDays(i))))
            {
                weeks.Add(monday);
            }
        }

        return weeks.ToImmutable();
    }
}
