using System.Text.RegularExpressions;
using NodaTime;

namespace SchoolInfra.Reports.Text;

/// <summary>
/// Dates as governors read them: <c>19 Dec 2026</c>. The month names are spelled out here rather than taken from
/// a culture, so the text is the same on every machine (the build uses invariant globalization).
/// </summary>
public static partial class DisplayDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly DateTimeZone UkTime = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static string Format(LocalDate date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string Format(LocalDate? date, string whenMissing) => date is { } d ? Format(d) : whenMissing;

    /// <summary>"2 Sep 2026 to 18 Dec 2026".</summary>
    public static string Range(LocalDate start, LocalDate end) => $"{Format(start)} to {Format(end)}";

    /// <summary>The UK calendar date of a moment recorded with any offset (a commit time, say).</summary>
    public static LocalDate UkDate(OffsetDateTime moment) => moment.ToInstant().InZone(UkTime).Date;

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    /// <summary>Rewrites ISO dates inside a sentence (<c>2026-11-10</c>, as findings write them) the way governors read them.</summary>
    public static string InText(string text) => string.IsNullOrEmpty(text) ? text : IsoDate().Replace(text, m =>
        Core.Config.IsoDate.TryParse(m.Value, out var parsed) ? Format(parsed) : m.Value);

    /// <summary>"today", "tomorrow", "in 26 days", "1 day ago", "40 days ago".</summary>
    public static string Relative(LocalDate today, LocalDate date)
    {
        var days = DaysBetween(today, date);
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 1 => $"in {days} days",
            _ => $"{-days} days ago",
        };
    }

    [GeneratedRegex(@"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
