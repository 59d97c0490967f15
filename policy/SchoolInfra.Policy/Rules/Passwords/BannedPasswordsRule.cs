using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Passwords;

/// <summary>
/// PWD-02: common and guessable passwords are refused: the school's banned list (its name, locality and own words,
/// plus "password") fits Entra's custom banned list, 4 to 16 characters a word and at most 1,000 words (NCSC-PW;
/// the CE "8+ with a deny list" route). The custom list needs Entra ID P1; without it only Microsoft's global list
/// applies: partial.
/// </summary>
public sealed class BannedPasswordsRule : IRule
{
    public string Id => "pwd-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var passwords = context.Config.Identity.Passwords;
        var at = passwords.Span.IsKnown ? passwords.Span : context.Config.Identity.Span;
        var result = new FindingBuilder(control.Id, at);
        foreach (var word in passwords.BannedWords.Where(w => w.Length is < 4 or > 16))
        {
            result.NotMet("wordLength", at, $"The banned word \"{word}\" is {Wording.Number(word.Length)} characters long; Entra accepts 4 to 16.",
                "remove it or write it within 4 to 16 characters", SchoolRole.ItProvider);
        }

        var words = BannedList(context.Config.School, passwords.BannedWords);
        var max = control.IntParameter("maxWords", 1000);
        if (words.Count > max)
        {
            result.NotMet("listTooLong", at, $"The banned list has {Wording.Number(words.Count)} words, more than the {Wording.Number(max)} Entra accepts.",
                "keep the words most likely to be guessed", SchoolRole.ItProvider);
        }

        if (context.Config.School.EntraLicence == EntraLicence.Free)
        {
            result.Partial("noP1", context.Config.School.Span, "Without Entra ID P1 the school's own banned words cannot be applied; only Microsoft's global list is.",
                "license Entra ID P1 so the school's banned list is enforced", SchoolRole.BusinessManager);
        }

        result.Evidence($"The banned list holds {Wording.Plural(words.Count, "word", "words")}: the school's name and locality, \"password\" and the school's own additions.");
        result.TenantNotObserved("the banned-password check is on (and enforced on premises for synced accounts)");
        return result.Build("Well-known passwords and ones built from the school's name are refused.");
    }

    /// <summary>The words the school's banned list holds: its own, its name's parts, the local authority's, and "password".</summary>
    public static SortedSet<string> BannedList(SchoolProfile school, IEnumerable<string> own)
    {
        var words = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "password" };
        var generated = $"{school.Name} {school.ShortName} {school.LocalAuthority}"
            .Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length is >= 4 and <= 16 && !Generic.Contains(w));
        words.UnionWith(generated.Select(w => w.ToLowerInvariant()));
        words.UnionWith(own.Where(w => w.Length is >= 4 and <= 16));
        return words;
    }

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "school", "primary", "academy", "infant", "junior", "county", "council", "borough", "city", "trust", "with", "and", "the",
    };
}
