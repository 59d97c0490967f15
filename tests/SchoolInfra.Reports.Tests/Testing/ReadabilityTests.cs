namespace SchoolInfra.Reports.Tests.Testing;

public sealed class ReadabilityTests
{
    [Fact]
    public void Measure_ShortPlainSentence_ScoresVeryHigh()
    {
        var score = Readability.Measure("The cat sat on the mat.");

        Assert.Equal(new ReadabilityScore(Sentences: 1, Words: 6, Syllables: 6), score);
        Assert.Equal(116.145, score.FleschReadingEase, precision: 3);
    }

    [Fact]
    public void FleschReadingEase_DenseLegalSentence_ScoresLow()
    {
        const string legal = "Notwithstanding any provision hereinbefore contained, the indemnifying party shall, subject to " +
            "the limitations enumerated hereunder, indemnify the aforementioned beneficiary against all liabilities, " +
            "obligations and consequential expenditures reasonably incurred in connection with the administration thereof.";

        Assert.True(Readability.FleschReadingEase(legal) < 10, Readability.Measure(legal).ToString());
    }

    [Fact]
    public void FleschReadingEase_PlainEnglishForGovernors_IsAboveSixty()
    {
        const string plain = "Every member of staff signs in with a second step, such as a code on their phone. " +
            "We check this each term. Two teachers were missing it in May; both were fixed the same week.";

        Assert.True(Readability.FleschReadingEase(plain) > 60, Readability.Measure(plain).ToString());
    }

    [Fact]
    public void Measure_Html_SkipsTagsTablesScriptsAndEndsSentencesAtBlocks()
    {
        const string html = """
            <!doctype html>
            <html lang="en-GB">
            <head><title>Notwithstanding hereinbefore</title><style>p { color: black; }</style></head>
            <body>
              <h1>Backups</h1>
              <p>The <strong>cat</strong> sat on the mat &amp; slept.</p>
              <table><tr><th>Control</th><td>Consequential indemnification administration</td></tr></table>
              <script>var incomprehensibility = 1;</script>
              <!-- internationalisation -->
            </body>
            </html>
            """;

        var fromHtml = Readability.Measure(html);

        Assert.Equal(new ReadabilityScore(Sentences: 2, Words: 8, Syllables: 9), fromHtml);
        Assert.Equal(fromHtml, Readability.Measure(["Backups", "The cat sat on the mat & slept."]));
    }

    [Fact]
    public void Measure_NestedTables_AreSkippedWhole()
    {
        var score = Readability.Measure("<p>Cats sit.</p><table><tr><td><table><tr><td>Inner words</td></tr></table>Outer words</td></tr></table>");

        Assert.Equal(new ReadabilityScore(1, 2, 2), score);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("table", 2)]
    [InlineData("approved", 2)]
    [InlineData("governor", 3)]
    [InlineData("headteacher", 3)]
    [InlineData("policies", 3)]
    [InlineData("safeguarding", 4)]
    [InlineData("readability", 5)]
    [InlineData("two-factor", 3)]
    public void CountSyllables_CommonWords_AreCloseToSpoken(string word, int syllables)
    {
        Assert.Equal(syllables, Readability.CountSyllables(word));
    }

    [Fact]
    public void FleschReadingEase_NoWords_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Readability.FleschReadingEase("<p>42</p>"));
    }
}
