using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// When termly and annual records are due (reference/controls.md section 1): a termly record is overdue 14 days
/// after the end of the term in which it was due; an annual one is needed once per academic year (1 September to
/// 31 August) and never more than 12 months after the previous one. Terms come from the school's config.
/// </summary>
public sealed class TermCalendar(ImmutableArray<SchoolTerm> terms)
{
    /// <summary>Days after a term ends before its missing record is overdue.</summary>
    public const int GraceDays = 14;

    public ImmutableArray<SchoolTerm> Terms { get; } = [.. terms.OrderBy(t => t.Start)];

    public static LocalDate OverdueAfter(SchoolTerm term) => term.End.PlusDays(GraceDays);

    /// <summary>A record dated from the first day of the term to the end of its grace period counts for that term.</summary>
    public static bool Covers(SchoolTerm term, LocalDate date) => date >= term.Start && date <= OverdueAfter(term);

    /// <summary>Within the 12 months up to and including today.</summary>
    public static bool WithinTwelveMonths(LocalDate date, LocalDate today) => date <= today && date > today.PlusMonths(-12);

    /// <summary>31 August of the academic year <paramref name="date"/> falls in.</summary>
    public static LocalDate AcademicYearEnd(LocalDate date) => new(date.Month >= 9 ? date.Year + 1 : date.Year, 8, 31);

    /// <summary>Where a termly duty stands today, from the records of one kind (future-dated records are ignored).</summary>
    public TermlyCheck CheckTermly(IEnumerable<SchoolRecord> records, LocalDate today)
    {
        var list = records.ToList();
        var check = CheckTermlyDates(list.Select(r => r.Date), today);
        return check with { Record = check.Date is { } date ? list.Where(r => r.Date == date).FirstOrDefault() : null };
    }

    /// <summary>Where a termly duty stands today, from the dates it was done on (future dates are ignored).</summary>
    public TermlyCheck CheckTermlyDates(IEnumerable<LocalDate> dates, LocalDate today)
    {
        var done = dates.Where(d => d <= today).OrderDescending().ToList();
        var closed = Terms.LastOrDefault(t => OverdueAfter(t) < today);
        var open = Terms.LastOrDefault(t => t.Start <= today && OverdueAfter(t) >= today);
        var forClosed = closed is null ? null : First(done, d => Covers(closed, d));
        if (closed is not null && forClosed is null)
        {
            return new TermlyCheck(TermlyState.Overdue, closed, First(done, _ => true), OverdueAfter(closed));
        }

        if (open is not null)
        {
            var forOpen = First(done, d => Covers(open, d));
            if (forOpen is not null)
            {
                return new TermlyCheck(TermlyState.Done, open, forOpen, OverdueAfter(open));
            }

            var earlier = forClosed ?? First(done, _ => true);
            return new TermlyCheck(earlier is null ? TermlyState.Missing : TermlyState.Due, open, earlier, OverdueAfter(open));
        }

        var latest = forClosed ?? First(done, _ => true);
        return new TermlyCheck(latest is null ? TermlyState.Missing : TermlyState.Done, closed, latest,
            closed is null ? null : OverdueAfter(closed));
    }

    private static LocalDate? First(List<LocalDate> dates, Func<LocalDate, bool> predicate) =>
        dates.Where(predicate).Select(d => (LocalDate?)d).FirstOrDefault();
}
