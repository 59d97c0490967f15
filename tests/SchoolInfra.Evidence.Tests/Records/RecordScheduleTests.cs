using NodaTime;
using NodaTime.Testing;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;


namespace SchoolInfra.Evidence.Tests.Records;

/// <summary>
/// Overdue detection against a fake clock and the example school's terms (Autumn 2026 ends 2026-12-18, so its
/// termly records are overdue from 2027-01-02).
/// </summary>
public sealed class RecordScheduleTests
{
    private static readonly SchoolCalendar Calendar = new(ExampleRecords.Config.Terms);

    private static LocalDate On(int year, int month, int day) =>
        new FakeClock(Instant.FromUtc(year, month, day, 9, 30)).GetCurrentInstant().InUtc().Date;

    private static RecordSet Checks(params string[] dates) => new([.. dates.Select(d => ExampleRecords.Record($"kind: fm-check\ndate: {d}\nby: fmSltLead\n"))]);

    [Fact]
    public void Termly_DoneThisTerm_IsDoneUntilTheGraceEnds()
    {
        var due = RecordSchedule.Termly(RecordKind.FmCheck, Checks("2026-10-06"), Calendar, On(2026, 11, 23));
        Assert.Equal(DueState.Done, due.State);
        Assert.Equal(new LocalDate(2027, 1, 1), due.DueBy);
        Assert.Equal("Autumn 2026", due.Period);
    }

    [Fact]
    public void Termly_NotDoneThisTerm_IsDueUntil14DaysAfterTheTermEnds()
    {
        var records = Checks("2026-07-10");
        Assert.Equal(DueState.Due, RecordSchedule.Termly(RecordKind.FmCheck, records, Calendar, On(2027, 1, 1)).State);
        var overdue = RecordSchedule.Termly(RecordKind.FmCheck, records, Calendar, On(2027, 1, 2));
        Assert.Equal(DueState.Overdue, overdue.State);
        Assert.Equal("Autumn 2026", overdue.Period);
    }

    [Fact]
    public void Termly_DoneInTheGraceAfterTheTerm_CountsForThatTerm() =>
        Assert.NotEqual(DueState.Overdue, RecordSchedule.Termly(RecordKind.FmCheck, Checks("2026-12-30"), Calendar, On(2027, 2, 1)).State);

    [Fact]
    public void Termly_MissedLastTermButDoneThisTerm_IsStillOverdue() =>
        Assert.Equal(DueState.Overdue, RecordSchedule.Termly(RecordKind.FmCheck, Checks("2027-01-20"), Calendar, On(2027, 2, 1)).State);

    [Fact]
    public void Termly_OnlyAnOldRecordInTheFirstTerm_IsOverdue() =>
        Assert.Equal(DueState.Overdue, RecordSchedule.Termly(RecordKind.FmCheck, Checks("2025-11-01"), Calendar, On(2026, 11, 23)).State);

    [Fact]
    public void Termly_NeverDone_IsMissing() =>
        Assert.Equal(DueState.Missing, RecordSchedule.Termly(RecordKind.FmCheck, RecordSet.Empty, Calendar, On(2026, 11, 23)).State);

    [Fact]
    public void Annual_WithinTheAcademicYear_IsDoneForTwelveMonths()
    {
        var due = RecordSchedule.Annual(RecordKind.FmCheck, Checks("2026-09-20"), On(2027, 5, 1));
        Assert.Equal(DueState.Done, due.State);
        Assert.Equal(new LocalDate(2027, 9, 20), due.DueBy);
        Assert.Equal("2026-27", due.Period);
    }

    [Fact]
    public void Annual_TwelveMonthsAfterTheLast_IsOverdue()
    {
        var records = Checks("2025-11-10");
        Assert.Equal(DueState.Due, RecordSchedule.Annual(RecordKind.FmCheck, records, On(2026, 11, 10)).State);
        Assert.Equal(DueState.Overdue, RecordSchedule.Annual(RecordKind.FmCheck, records, On(2026, 11, 11)).State);
    }

    [Fact]
    public void Annual_LastDoneInJuly_IsDueByTheEndOfTheNextAcademicYearAtLatest()
    {
        var due = RecordSchedule.Annual(RecordKind.FmCheck, Checks("2026-07-08"), On(2026, 11, 23));
        Assert.Equal(DueState.Due, due.State);
        Assert.Equal(new LocalDate(2027, 7, 8), due.DueBy);
    }

    [Fact]
    public void Calendar_SchoolDays_SkipWeekendsAndHalfTerm()
    {
        // Friday 23 October to Monday 2 November 2026: the weekend and half term (26-30 October) are not school days.
        Assert.Equal(1, Calendar.SchoolDaysBetween(new LocalDate(2026, 10, 23), new LocalDate(2026, 11, 2)));
        Assert.False(Calendar.IsTermTime(new LocalDate(2026, 12, 25)));
    }

    [Fact]
    public void Calendar_EndedTermWeeks_LeaveOutHalfTermAndTheCurrentWeek()
    {
        var weeks = Calendar.EndedTermWeeks(ExampleRecords.Config.Terms[0], new LocalDate(2026, 11, 23));
        Assert.Equal(11, weeks.Length);
        Assert.DoesNotContain(new LocalDate(2026, 10, 26), weeks);
        Assert.Equal(new LocalDate(2026, 8, 31), weeks[0]);
        Assert.Equal(new LocalDate(2026, 11, 16), weeks[^1]);
    }

    [Fact]
    public void ScheduledRecords_ExampleSchool_OnlyTheAnnualReviewIsOverdue()
    {
        var schedule = ScheduledRecords.Compute(ExampleRecords.Config, ExampleRecords.Records, ExampleRecords.Today);
        var overdue = Assert.Single(schedule, s => s.IsOverdue);
        Assert.Equal(RecordKind.FmReview, overdue.Kind);
        Assert.DoesNotContain(schedule, s => s.State == DueState.Missing);
    }

    [Fact]
    public void ScheduledRecords_AnnualAccessReviewChoice_IsScheduledYearly()
    {
        var config = ExampleRecords.Config with { Reviews = ExampleRecords.Config.Reviews with { AccessRights = ReviewFrequency.Annual } };
        Assert.Contains(ScheduledRecords.For(config), s => s is { Kind: RecordKind.AccessReview, Frequency: RecordFrequency.Annual });
        Assert.All(ScheduledRecords.Compute(config, RecordSet.Empty, ExampleRecords.Today), s => Assert.Equal(DueState.Missing, s.State));
    }

    /// <summary>Issue 12: the weekly review of monitoring reports is one of the scheduled records, with MON-01's weeks.</summary>
    [Fact]
    public void ScheduledRecords_WeeklyMonitoringReview_IsScheduledAndOverdueFromTheMissedWeek()
    {
        Assert.Contains((RecordKind.MonitoringReview, RecordFrequency.Weekly), ScheduledRecords.For(ExampleRecords.Config));
        var done = ScheduledRecords.Compute(ExampleRecords.Config, ExampleRecords.Records, ExampleRecords.Today).Single(d => d.Kind == RecordKind.MonitoringReview);
        Assert.Equal(DueState.Done, done.State);

        var missed = new RecordSet([ExampleRecords.Record("kind: monitoring-review\ndate: 2026-11-20\nby: dsl\nweeks: [2026-08-31, 2026-09-07, 2026-09-14]\n")]);
        var overdue = RecordSchedule.Weekly(missed, Calendar, ExampleRecords.Today);
        Assert.Equal(DueState.Overdue, overdue.State);
        Assert.Equal("the week of 2026-09-21", overdue.Period);
        Assert.Equal(new LocalDate(2026, 9, 27), overdue.DueBy);
    }

    [Fact]
    public void Weekly_NoReviewEver_IsMissing() =>
        Assert.Equal(DueState.Missing, RecordSchedule.Weekly(RecordSet.Empty, Calendar, ExampleRecords.Today).State);
}
