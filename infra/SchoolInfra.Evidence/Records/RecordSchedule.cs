using NodaTime;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Overdue detection for scheduled records against the injected clock and the school's terms
/// (reference/controls.md section 1): a termly record is overdue 14 days after the end of the term in which it
/// was due; an annual one is due once per academic year and never more than 12 months after the previous.
/// </summary>
public static class RecordSchedule
{
    /// <summary>How old the last record may be when the current term is the first one declared.</summary>
    private static readonly Period PreviousTermReach = Period.FromMonths(4);

    public static RecordDue Termly(RecordKind kind, RecordSet records, SchoolCalendar calendar, LocalDate today, Func<SchoolRecord, bool>? counts = null)
    {
        var done = records.OfKind(kind).Where(r => r.Date <= today && (counts?.Invoke(r) ?? true)).ToList();
        var latest = done.FirstOrDefault();
        var started = calendar.Terms.Where(t => t.Start <= today).ToList();
        if (started.Count == 0)
        {
            var first = calendar.Terms.FirstOrDefault();
            var due = first is null ? today : SchoolCalendar.OverdueAfter(first);
            return new RecordDue(kind, RecordFrequency.Termly, latest is null ? DueState.Missing : DueState.Due, latest, due, first?.Name ?? "the first term");
        }

        foreach (var term in started)
        {
            var deadline = SchoolCalendar.OverdueAfter(term);
            if (today > deadline && !done.Any(r => term.Start <= r.Date && r.Date <= deadline))
            {
                return new RecordDue(kind, RecordFrequency.Termly, DueState.Overdue, latest, deadline, term.Name);
            }
        }

        var current = started[^1];
        var currentDeadline = SchoolCalendar.OverdueAfter(current);
        if (done.Any(r => current.Start <= r.Date && r.Date <= currentDeadline))
        {
            return new RecordDue(kind, RecordFrequency.Termly, DueState.Done, latest, currentDeadline, current.Name);
        }

        if (latest is null)
        {
            return new RecordDue(kind, RecordFrequency.Termly, DueState.Missing, null, currentDeadline, current.Name);
        }

        // Only the first declared term gets here with an older record: it must be from the term before.
        return started.Count == 1 && latest.Date < current.Start.Minus(PreviousTermReach)
            ? new RecordDue(kind, RecordFrequency.Termly, DueState.Overdue, latest, current.Start, "the previous term")
            : new RecordDue(kind, RecordFrequency.Termly, DueState.Due, latest, currentDeadline, current.Name);
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
}
