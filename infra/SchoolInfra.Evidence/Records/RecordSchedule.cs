using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Overdue detection for scheduled records against the injected clock and the school's terms
/// (reference/controls.md section 1), one algorithm for every rule and report:
/// <list type="bullet">
/// <item>termly: a record dated from the first day of a term to 14 days after it ends counts for that term; the
/// duty is overdue when the term that closed last has none, done when the open term has one, due otherwise. A term
/// missed earlier stays in the record history but no longer makes the duty overdue once a later term is done.</item>
/// <item>annual: once per academic year and never more than 12 months after the previous one.</item>
/// <item>weekly (monitoring reviews): every term-time week that has ended has a review.</item>
/// </list>
/// </summary>
public static class RecordSchedule
{
    /// <summary>How old the last record may be when the current term is the first one declared.</summary>
    private static readonly Period PreviousTermReach = Period.FromMonths(4);

    public static RecordDue Termly(RecordKind kind, RecordSet records, SchoolCalendar calendar, LocalDate today, Func<SchoolRecord, bool>? counts = null)
    {
        var done = records.OfKind(kind).Where(r => r.Date <= today && (counts?.Invoke(r) ?? true)).ToList();
        var due = Termly(done.Select(r => r.Date), calendar, today);
        var latest = due.Date is { } date ? done.FirstOrDefault(r => r.Date == date) : null;
        return new RecordDue(kind, RecordFrequency.Termly, due.State, latest, due.DueBy, due.Period);
    }

    /// <summary>Where a termly duty stands from the dates it was done on (future dates are ignored).</summary>
    public static TermDue Termly(IEnumerable<LocalDate> dates, SchoolCalendar calendar, LocalDate today)
    {
        var done = dates.Where(d => d <= today).OrderDescending().Select(d => (LocalDate?)d).ToList();
        var newest = done.FirstOrDefault();
        var closed = calendar.Terms.LastOrDefault(t => SchoolCalendar.OverdueAfter(t) < today);
        var open = calendar.Terms.LastOrDefault(t => t.Start <= today && SchoolCalendar.OverdueAfter(t) >= today);
        var forClosed = closed is null ? null : done.FirstOrDefault(d => SchoolCalendar.Covers(closed, d!.Value));
        if (closed is not null && forClosed is null)
        {
            return new TermDue(DueState.Overdue, closed.Name, SchoolCalendar.OverdueAfter(closed), newest);
        }

        if (open is not null)
        {
            var deadline = SchoolCalendar.OverdueAfter(open);
            if (done.FirstOrDefault(d => SchoolCalendar.Covers(open, d!.Value)) is { } forOpen)
            {
                return new TermDue(DueState.Done, open.Name, deadline, forOpen);
            }

            if (newest is null)
            {
                return new TermDue(DueState.Missing, open.Name, deadline, null);
            }

            // The first declared term has no closed term before it: the last record must be from the term before.
            return closed is null && newest.Value < open.Start.Minus(PreviousTermReach)
                ? new TermDue(DueState.Overdue, "the previous term", open.Start, newest)
                : new TermDue(DueState.Due, open.Name, deadline, forClosed ?? newest);
        }

        // Between terms: the last closed term was done (or none has started); the next term's deadline is next.
        var next = calendar.Terms.FirstOrDefault(t => t.Start > today);
        var nextDeadline = next is null ? (closed is null ? today : SchoolCalendar.OverdueAfter(closed)) : SchoolCalendar.OverdueAfter(next);
        if (closed is null)
        {
            return new TermDue(newest is null ? DueState.Missing : DueState.Due, next?.Name ?? "the first term", nextDeadline, newest);
        }

        return new TermDue(DueState.Done, closed.Name, nextDeadline, forClosed);
    }

    public static RecordDue Annual(RecordKind kind, RecordSet records, LocalDate today, Func<SchoolRecord, bool>? counts = null)
    {
        var latest = records.OfKind(kind).FirstOrDefault(r => r.Date <= today && (counts?.Invoke(r) ?? true));
        var year = SchoolCalendar.AcademicYearName(today);
        var yearEnd = SchoolCalendar.AcademicYearEnd(today);
        if (latest is null)
        {
            return new RecordDue(kind, RecordFrequency.Annual, DueState.Missing, null, yearEnd, year);
        }

        var twelveMonths = latest.Date.PlusMonths(12);
        if (latest.Date >= SchoolCalendar.AcademicYearStart(today))
        {
            return new RecordDue(kind, RecordFrequency.Annual, DueState.Done, latest, twelveMonths, year);
        }

        var dueBy = twelveMonths < yearEnd ? twelveMonths : yearEnd;
        return today > dueBy
            ? new RecordDue(kind, RecordFrequency.Annual, DueState.Overdue, latest, dueBy, year)
            : new RecordDue(kind, RecordFrequency.Annual, DueState.Due, latest, dueBy, year);
    }

    /// <summary>
    /// The weekly review of monitoring reports (MON-01): every term-time week of the academic year that has ended
    /// must be listed (by its Monday) in the <c>weeks</c> of a <c>monitoring-review</c> record. Overdue from the
    /// first missed week; done when none is missed.
    /// </summary>
    public static RecordDue Weekly(RecordSet records, SchoolCalendar calendar, LocalDate today)
    {
        var weeks = ReviewedWeeks(records, calendar, today);
        var latest = records.OfKind(RecordKind.MonitoringReview).FirstOrDefault(r => r.Date <= today);
        if (weeks.Missed.FirstOrDefault() is var missed && missed != default)
        {
            return new RecordDue(RecordKind.MonitoringReview, RecordFrequency.Weekly, latest is null ? DueState.Missing : DueState.Overdue,
                latest, missed.PlusDays(6), $"the week of {IsoDate.Format(missed)}");
        }

        var monday = today.PlusDays(1 - (int)today.DayOfWeek);
        var state = latest is null ? DueState.Missing : weeks.Ended.IsEmpty || weeks.Ended[^1] == monday.PlusWeeks(-1) ? DueState.Done : DueState.Due;
        return new RecordDue(RecordKind.MonitoringReview, RecordFrequency.Weekly, state, latest, monday.PlusDays(6), $"the week of {IsoDate.Format(monday)}");
    }

    /// <summary>The term-time weeks of the academic year that have ended, and those among them with no review, oldest first.</summary>
    public static (ImmutableArray<LocalDate> Ended, ImmutableArray<LocalDate> Missed) ReviewedWeeks(RecordSet records, SchoolCalendar calendar, LocalDate today)
    {
        var reviewed = records.OfKind(RecordKind.MonitoringReview)
            .Where(r => r.Date <= today)
            .SelectMany(r => r.Words("weeks"))
            .Select(SchoolRecord.ParseDate)
            .OfType<LocalDate>()
            .Select(d => d.PlusDays(1 - (int)d.DayOfWeek))
            .ToHashSet();
        var yearStart = SchoolCalendar.AcademicYearStart(today);
        var ended = calendar.Terms.Where(t => t.End >= yearStart).SelectMany(t => calendar.EndedTermWeeks(t, today)).ToImmutableArray();
        return (ended, [.. ended.Where(w => !reviewed.Contains(w))]);
    }
}
