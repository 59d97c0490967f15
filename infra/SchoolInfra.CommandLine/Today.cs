using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.CommandLine;

/// <summary>
/// Today's date in the UK. Tests and reproducible runs pin it with --today or SCHOOLINFRA_TODAY; otherwise the
/// clock decides.
/// </summary>
public static class Today
{
    public const string Variable = "SCHOOLINFRA_TODAY";

    public static LocalDate? Parse(string? text) =>
        text is not null && IsoDate.TryParse(text, out var date) ? date : null;

    /// <summary>
    /// UK civil date: GMT, or BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
    /// October. Computed rather than read from the embedded time zone database, which costs start-up time in a
    /// compiler that Pulumi runs at least twice per operation.
    /// </summary>
    public static LocalDate FromClock(IClock clock)
    {
        var now = clock.GetCurrentInstant();
        var year = now.InUtc().Year;
        var summerStarts = LastSunday(year, 3).At(new LocalTime(1, 0)).InUtc().ToInstant();
        var summerEnds = LastSunday(year, 10).At(new LocalTime(1, 0)).InUtc().ToInstant();
        var offset = now >= summerStarts && now < summerEnds ? Offset.FromHours(1) : Offset.Zero;
        return now.WithOffset(offset).Date;
    }

    private static LocalDate LastSunday(int year, int month)
    {
        var last = new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
        return last.Minus(Period.FromDays(((int)last.DayOfWeek) % 7));
    }
}
