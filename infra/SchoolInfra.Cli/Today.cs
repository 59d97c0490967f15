using NodaTime;
using NodaTime.Text;

namespace SchoolInfra.Cli;

/// <summary>
/// Today's date in the school's time zone. Tests and reproducible runs pin it with --today or SCHOOLINFRA_TODAY;
/// otherwise the clock decides.
/// </summary>
public static class Today
{
    public const string Variable = "SCHOOLINFRA_TODAY";

    public static LocalDate? Parse(string? text) =>
        text is null ? null : LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value : null;

    public static LocalDate FromClock(IClock clock) =>
        clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
}
