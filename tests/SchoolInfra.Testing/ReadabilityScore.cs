namespace SchoolInfra.Testing;

/// <summary>The counts behind a Flesch reading-ease score.</summary>
public sealed record ReadabilityScore(int Sentences, int Words, int Syllables)
{
    /// <summary>
    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Above 60 is plain
    /// English most adults read easily; below 30 is for graduates.
    /// </summary>
    public double FleschReadingEase => Words == 0
        ? throw new InvalidOperationException("The text has no words to score.")
        : 206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words);

    public override string ToString() =>
        $"{Sentences} sentences, {Words} words, {Syllables} syllables: Flesch reading ease {(Words == 0 ? "n/a" : FleschReadingEase.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))}";
}
