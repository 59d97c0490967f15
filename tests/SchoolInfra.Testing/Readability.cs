using System.Net;
using System.Text.RegularExpressions;

namespace SchoolInfra.Testing;

/// <summary>
/// Flesch reading ease of English text, to keep what governors and headteachers read in plain English.
/// HTML is reduced to its prose first: tables, scripts, styles and the head are skipped, and every block element
/// (heading, paragraph, list item) ends a sentence even without a full stop. Numbers are not counted as words.
/// Syllables come from a vowel-group heuristic, good to about one syllable in ten words.
/// </summary>
public static partial class Readability
{
    private const char SegmentBreak = '\u2029';

    public static double FleschReadingEase(string htmlOrText) => Measure(htmlOrText).FleschReadingEase;

    /// <summary>Scores HTML or plain text.</summary>
    public static ReadabilityScore Measure(string htmlOrText)
    {
        ArgumentNullException.ThrowIfNull(htmlOrText);
        var text = Skipped().Replace(htmlOrText, " ");
        while (InnermostTable().IsMatch(text))
        {
            text = InnermostTable().Replace(text, SegmentBreak.ToString());
        }

        text = BlockTag().Replace(text, SegmentBreak.ToString());
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, string.Empty));
        return Measure(text.Split(SegmentBreak));
    }

    /// <summary>Scores plain-text segments (headings, paragraphs, list items); each one ends a sentence.</summary>
    public static ReadabilityScore Measure(IEnumerable<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        int sentences = 0, words = 0, syllables = 0;
        foreach (var sentence in segments.SelectMany(s => SentenceEnd().Split(s)))
        {
            var sentenceWords = Word().Matches(sentence).Select(m => m.Value).ToList();
            if (sentenceWords.Count == 0)
            {
                continue;
            }

            sentences++;
            words += sentenceWords.Count;
            syllables += sentenceWords.Sum(CountSyllables);
        }

        return new ReadabilityScore(sentences, words, syllables);
    }

    /// <summary>Syllables in one English word: vowel groups, less a silent final e, at least one per part.</summary>
    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Split('-', '\'', '’').Where(part => part.Length > 0).Sum(part =>
        {
            var lower = part.ToLowerInvariant();
            if (lower.Length <= 3)
            {
                return 1;
            }

            lower = LeadingY().Replace(SilentEnding().Replace(lower, string.Empty), string.Empty);
            return Math.Max(1, VowelGroup().Count(lower));
        });
    }

    [GeneratedRegex(@"<!--.*?-->|<(script|style|head)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    [GeneratedRegex(@"<table\b[^>]*>(?:(?!<table\b).)*?</table\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InnermostTable();

    [GeneratedRegex(@"</?(p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|section|article|header|footer|main|nav|aside|blockquote|pre|figcaption|caption|title|tr|td|th|summary|details)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+(?:['’-]\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingY();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
