using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Tests.Text;

public sealed class ReasonScreenTests
{
    private static readonly ReasonScreen Screen = ReasonScreen.For(ExampleSchool.Config());

    [Theory]
    [InlineData("Year 6 film-making unit uses selected YouTube tutorials in class.")]
    [InlineData("Reception and KS1 pupils use supervised class log-ons this term while individual picture log-ons are trialled in Year 2.")]
    [InlineData("after-school coding club project site for the Autumn 2026 half term")]
    public void Screen_ReasonInTheSchoolsOwnWords_IsShownAsASentence(string reason)
    {
        Assert.Equal(Sentences.Full(reason), Screen.Screen(reason));
    }

    [Theory]
    [InlineData("Year 6 film-making unit; Jamie Plantedpupil asked for the tutorials.")]
    [InlineData("Until Jamie leaves, the class log-on stays as it is.")]
    [InlineData("Requested for O'Brien's project.")]
    public void Screen_ReasonThatMayNameAPerson_IsWithheld(string reason)
    {
        Assert.Equal(ReasonScreen.Withheld, Screen.Screen(reason));
    }

    [Fact]
    public void Screen_NoReason_SaysSo()
    {
        Assert.Equal("No reason is recorded.", Screen.Screen("  "));
    }
}
