using NodaTime;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Evidence.Tests.Records;

public class SchoolCalendarTests
{
    // Example school: Autumn 2026 (2 Sep to 18 Dec), Spring 2027 (5 Jan to 26 Mar), Summer 2027 (12 Apr to 21 Jul).
    private readonly SchoolCalendar _calendar = new(ExampleRecords.Config.Terms);

    [Fact]
    public void Termly_DoneThisTerm_IsDone()
    {
        var check = RecordSchedule.Termly([new LocalDate(2026, 10, 6)], _calendar, new LocalDate(2026, 11, 23));
        Assert.Equal(DueState.Done, check.State);
        Assert.Equal("Autumn 2026", check.Period);
        Assert.Equal(new LocalDate(2027, 1, 1), check.DueBy);
    }

    [Fact]
    public void Termly_NothingAtAll_IsMissing() =>
        Assert.Equal(DueState.Missing, RecordSchedule.Termly([], _calendar, new LocalDate(2026, 11, 23)).State);

    [Fact]
    public void Termly_DoneLastTermNotYetThisTerm_IsDue()
    {
        var check = RecordSchedule.Termly([new LocalDate(2026, 12, 10)], _calendar, new LocalDate(2027, 2, 1));
        Assert.Equal(DueState.Due, check.State);
        Assert.Equal("Spring 2027", check.Period);
    }

    [Fact]
    public void Termly_WithinFourteenDaysAfterTermEnds_IsNotOverdue() =>
        Assert.Equal(DueState.Due, RecordSchedule.Termly([new LocalDate(2026, 7, 1)], _calendar, new LocalDate(2027, 1, 1)).State);

    [Fact]
    public void Termly_DoneInTheGraceDays_CountsForTheTermJustEnded() =>
        Assert.Equal(DueState.Due, RecordSchedule.Termly([new LocalDate(2026, 12, 30)], _calendar, new LocalDate(2027, 1, 20)).State);

    [Fact]
    public void Termly_LastTermMissedAfterGrace_IsOverdue()
    {
        var check = RecordSchedule.Termly([new LocalDate(2026, 7, 1)], _calendar, new LocalDate(2027, 1, 2));
        Assert.Equal(DueState.Overdue, check.State);
        Assert.Equal("Autumn 2026", check.Period);
    }

    [Fact]
    public void Termly_FutureDate_IsIgnored() =>
        Assert.Equal(DueState.Missing, RecordSchedule.Termly([new LocalDate(2026, 12, 1)], _calendar, new LocalDate(2026, 11, 23)).State);

    [Theory]
    [InlineData(2026, 9, 1, 2027)]
    [InlineData(2027, 8, 31, 2027)]
    [InlineData(2027, 1, 15, 2027)]
    public void AcademicYearEnd_Date_IsThe31AugustThatEndsItsYear(int year, int month, int day, int endYear) =>
        Assert.Equal(new LocalDate(endYear, 8, 31), SchoolCalendar.AcademicYearEnd(new LocalDate(year, month, day)));

    [Fact]
    public void WithinTwelveMonths_ExactlyAYearAgo_IsNot()
    {
        Assert.False(SchoolCalendar.WithinTwelveMonths(new LocalDate(2025, 11, 23), new LocalDate(2026, 11, 23)));
        Assert.True(SchoolCalendar.WithinTwelveMonths(new LocalDate(2025, 11, 24), new LocalDate(2026, 11, 23)));
    }
}
