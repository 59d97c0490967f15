using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Commands;

public sealed class TodayTests
{
    [Theory]
    [InlineData("2026-11-23T23:30:00Z", "2026-11-23")] // GMT in winter
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // BST: already tomorrow in the UK
    [InlineData("2026-03-29T00:59:00Z", "2026-03-29")] // last Sunday of March, just before the clocks go forward
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")]
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")] // still BST the night before the clocks go back
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // GMT again
    public void FromClock_GivesTheUkDate(string utc, string expected)
    {
        var instant = NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc).Value;
        Assert.Equal(expected, Today.FromClock(new FakeClock(instant)).ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void FromClock_AgreesWithTheTimeZoneDatabaseAllYear()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        for (var t = Instant.FromUtc(2026, 1, 1, 0, 30); t < Instant.FromUtc(2028, 1, 1, 0, 0); t += Duration.FromMinutes(59 * 7))
        {
            Assert.Equal(t.InZone(zone).Date, Today.FromClock(new FakeClock(t)));
        }
    }
}
