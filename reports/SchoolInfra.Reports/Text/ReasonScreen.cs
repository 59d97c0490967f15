using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SchoolInfra.Core.Model;

namespace SchoolInfra.Reports.Text;

/// <summary>
/// Governors need the reason for each unblocked site and waiver (DfE-FM FM1: record why), but a reason is free text
/// and could name a pupil. A reason is shown only when every capitalised word in it is one the school's own settings
/// use (group, profile, connection and data names, the school, its roles' holders), a word that starts a sentence, a
/// code such as KS1, or one of a few product and calendar words; anything else could be a person's name, so the
/// reason is replaced by <see cref="Withheld"/>. Over-cautious on purpose: the school can reword a withheld reason.
/// </summary>
public sealed partial class ReasonScreen
{
    public const string Withheld = "Not shown: it may name a person. The reason is in the school's settings.";

    private static readonly string[] CommonWords =
    [
        "Year", "Years", "Reception", "Nursery", "Key", "Stage", "Class", "Classes", "School", "Schools", "Governors", "Governor",
        "Microsoft", "Google", "YouTube", "Bing", "Teams", "OneDrive", "SharePoint", "Outlook", "Intune", "Jamf", "Windows",
        "Apple", "Zoom", "Scratch", "BBC", "Bitesize", "Oak", "National", "Academy", "Wikipedia", "Internet", "English",
        "French", "Spanish", "German", "Welsh", "Polish", "Urdu", "Arabic", "Autumn", "Spring", "Summer", "Christmas",
        "Easter", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "SEND", "DSL", "IT",
    ];

    private readonly FrozenSet<string> _known;

    private ReasonScreen(FrozenSet<string> known) => _known = known;

    public static ReasonScreen For(SchoolConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var names = new List<string> { config.School.Name, config.School.LocalAuthority ?? string.Empty };
        names.AddRange(config.Identity.Groups.Select(g => g.DisplayName));
        names.AddRange(config.Identity.AccessAreas.Select(a => a.Name));
        names.AddRange((config.Filtering?.Profiles ?? []).Select(p => p.Name));
        names.AddRange((config.Filtering?.Connections ?? []).Select(c => c.Name));
        names.AddRange((config.Backups?.DataSources ?? []).Select(d => d.Name));
        names.AddRange((config.Backups?.Copies ?? []).Select(c => c.Name));
        names.AddRange(config.Terms.Select(t => t.Name));
        var words = names.SelectMany(n => Capitalised().Matches(n).Select(m => m.Value)).Concat(CommonWords);
        return new ReasonScreen(words.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The reason as a full sentence when nothing in it could be a name; otherwise <see cref="Withheld"/>.</summary>
    public string Screen(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "No reason is recorded.";
        }

        foreach (Match word in Capitalised().Matches(reason))
        {
            if (!_known.Contains(word.Value) && !StartsSentence(reason, word.Index))
            {
                return Withheld;
            }
        }

        return Sentences.Full(reason);
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ';';
    }

    /// <summary>A word with a capital letter followed by a lower-case one ("Jamie", "YouTube"); codes like KS1 are not names.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Capitalised();
}
