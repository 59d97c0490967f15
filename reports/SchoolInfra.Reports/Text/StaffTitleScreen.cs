using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SchoolInfra.Reports.Text;

/// <summary>
/// Free-text "requested by" values are meant to be job titles ("Year 6 teacher"), never names. Reports show one
/// only when every word in it is a word job titles use; anything else could be a person's name (a pupil's,
/// even), so it is replaced by <see cref="Withheld"/>. Over-cautious on purpose: a title with an unusual word is
/// withheld, and the school can reword it.
/// </summary>
public static partial class StaffTitleScreen
{
    public const string Withheld = "a member of staff (title not shown)";

    private static readonly FrozenSet<string> TitleWords = new[]
    {
        "a", "an", "and", "of", "the", "for", "in", "with", "&",
        "year", "years", "reception", "nursery", "key", "stage", "ks1", "ks2", "ks3", "ks4", "ks5", "eyfs", "lks2", "uks2",
        "early", "class", "classes", "form", "phase", "subject", "department", "team", "group", "club", "unit",
        "teacher", "teachers", "teaching", "assistant", "assistants", "ta", "hlta", "tutor", "mentor", "coach",
        "lead", "leader", "leads", "head", "headteacher", "deputy", "principal", "vice", "senior", "leadership", "slt",
        "coordinator", "co-ordinator", "manager", "officer", "administrator", "admin", "technician", "librarian",
        "governor", "governors", "chair", "clerk", "trustee", "member", "staff", "worker", "supervisor", "therapist",
        "counsellor", "practitioner", "provider", "service", "desk", "support", "specialist",
        "senco", "sendco", "send", "sen", "dsl", "dpo", "safeguarding", "pastoral", "inclusion", "nurture", "family",
        "wellbeing", "attendance", "behaviour", "careers", "exams", "data", "office", "business", "finance", "site",
        "premises", "lunchtime", "midday", "breakfast", "after-school", "wraparound", "care", "library",
        "computing", "ict", "it", "digital", "online", "safety", "curriculum", "learning", "reading", "literacy",
        "numeracy", "maths", "mathematics", "english", "phonics", "science", "history", "geography", "re", "pshe",
        "rse", "french", "spanish", "german", "languages", "mfl", "music", "art", "design", "technology", "dt",
        "drama", "pe", "sport", "sports", "forest", "school", "outdoor", "film-making", "media", "speech", "language",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The title as written when it reads as a job title; otherwise <see cref="Withheld"/>.</summary>
    public static string Screen(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return Withheld;
        }

        var words = Word().Matches(title).Select(m => m.Value).ToList();
        var plain = words.Count > 0 && words.TrueForAll(w => TitleWords.Contains(w) || w.All(char.IsAsciiDigit));
        var nothingElse = Word().Replace(title, string.Empty).All(c => char.IsWhiteSpace(c) || c is ',' or '(' or ')' or '/');
        return plain && nothingElse ? title.Trim() : Withheld;
    }

    [GeneratedRegex(@"[\p{L}\p{N}&]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
