using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Text;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Tests.Text;

public sealed class TextHygieneTests
{
    [Theory]
    [InlineData("plain text", null)]
    [InlineData("two\nlines\tand a tab", null)]
    [InlineData("café ☕", null)]
    [InlineData("red \u001b[31m", "U+001B")]
    [InlineData("over\rwrite", "U+000D")]
    [InlineData("bell\u0007", "U+0007")]
    [InlineData("c1 \u009b", "U+009B")]
    public void FirstControl_FindsControlCharactersOnly(string text, string? expected)
    {
        var found = TextHygiene.FirstControl(text);

        Assert.Equal(expected, found?[..6]);
    }

    [Fact]
    public void FirstControl_HalfACharacter_IsRefused()
    {
        Assert.StartsWith("U+D800", TextHygiene.FirstControl("half " + (char)0xD800 + " a character"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("governors", null)]
    [InlineData("gover\u202Enors", "U+202E")]
    [InlineData("gover\u200Bnors", "U+200B")]
    [InlineData("tag\U000E0041", "U+E0041")]
    public void FirstInvisible_FindsFormatCharacters(string text, string? expected)
    {
        Assert.Equal(expected, TextHygiene.FirstInvisible(text)?.Split(' ')[0]);
    }

    [Fact]
    public void ForDisplay_ShowsControlsAndOverridesAsCodes()
    {
        Assert.Equal("a<U+001B>[31m<U+202E>b\nc\td", TextHygiene.ForDisplay("a\u001b[31m\u202Eb\nc\td"));
        Assert.Equal("café", TextHygiene.ForDisplay("café"));
    }

    [Fact]
    public void Read_ZeroWidthJoinerInFreeText_IsAllowed()
    {
        // Names refuse invisible characters; free text (a reason) may need them, as emoji sequences do.
        var bag = new DiagnosticBag();
        SourceReader.Read("reason: \"family \U0001F468\u200D\U0001F469\"\nname: \"a\u200Db\"\n", "f.yaml", bag);

        Assert.Equal("f.yaml:2:7", Assert.Single(bag.ToSortedArray()).Location.ToString());
    }
}
