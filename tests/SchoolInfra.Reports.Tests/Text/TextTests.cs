using NodaTime;
using SchoolInfra.Reports.Render;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Tests.Text;

public sealed class TextTests
{
    [Theory]
    [InlineData(2026, 12, 19, "19 Dec 2026")]
    [InlineData(2026, 9, 2, "2 Sep 2026")]
    [InlineData(2027, 1, 31, "31 Jan 2027")]
    public void DisplayDates_Format_WritesDayShortMonthYear(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DisplayDates.Format(new LocalDate(year, month, day)));

    [Fact]
    public void DisplayDates_InText_RewritesIsoDatesOnly() =>
        Assert.Equal("Due by 10 Nov 2026 (2026-27), ref 12026-11-101.", DisplayDates.InText("Due by 2026-11-10 (2026-27), ref 12026-11-101."));

    [Fact]
    public void DisplayDates_UkDate_UsesUkTimeNotTheCommitOffset()
    {
        // 23:30 in New York on 1 Nov is 03:30 on 2 Nov in London.
        var moment = new OffsetDateTime(new LocalDateTime(2026, 11, 1, 23, 30), Offset.FromHours(-5));

        Assert.Equal(new LocalDate(2026, 11, 2), DisplayDates.UkDate(moment));
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "tomorrow")]
    [InlineData(-1, "yesterday")]
    [InlineData(26, "in 26 days")]
    [InlineData(-31, "31 days ago")]
    public void DisplayDates_Relative_ReadsNaturally(int days, string expected) =>
        Assert.Equal(expected, DisplayDates.Relative(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 23).PlusDays(days)));

    [Theory]
    [InlineData("Year 6 teacher")]
    [InlineData("Computing lead")]
    [InlineData("Deputy headteacher")]
    [InlineData("SENCo")]
    [InlineData("Head of key stage 2")]
    [InlineData("KS1 phase leader")]
    public void StaffTitleScreen_JobTitle_IsShown(string title) => Assert.Equal(title, StaffTitleScreen.Screen(title));

    [Theory]
    [InlineData("Jamie Smith")]
    [InlineData("Mrs Smith")]
    [InlineData("Year 6 teacher (Jamie's class)")]
    [InlineData("teacher@oakfield.example")]
    [InlineData("")]
    public void StaffTitleScreen_AnythingElse_IsWithheld(string title) => Assert.Equal(StaffTitleScreen.Withheld, StaffTitleScreen.Screen(title));

    [Fact]
    public void EnglishList_Join_ListsLikeASentence()
    {
        Assert.Equal(string.Empty, EnglishList.Join([]));
        Assert.Equal("A", EnglishList.Join(["A"]));
        Assert.Equal("A and B", EnglishList.Join(["A", "B"]));
        Assert.Equal("A, B or C", EnglishList.Join(["A", "B", "C"], "or"));
    }

    [Fact]
    public void Sentences_Full_CapitalisesAndEnds()
    {
        Assert.Equal("Hold the review.", Sentences.Full("hold the review"));
        Assert.Equal("Is it done?", Sentences.Full("is it done?"));
        Assert.Equal(string.Empty, Sentences.Full("  "));
    }

    [Fact]
    public void MarkdownText_Escape_NeutralisesMarkdownAndHtml() =>
        Assert.Equal(@"\<img src=x\> \*bold\* \[link\](y) a\|b \# c\_d line two", MarkdownText.Escape("<img src=x> *bold* [link](y) a|b # c_d\nline two"));

    [Fact]
    public void MarkdownText_Escape_OfNothing_IsEmpty() => Assert.Equal(string.Empty, MarkdownText.Escape(null));
}
