using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SchoolInfra.Reports.Text;

/// <summary>
/// The reason given for an exception or a waiver is what its approver agrees to, so summaries show it (issue 11). It is
/// free text, though, and could name a pupil. A reason is shown only when no word in it reads as a person's name: a
/// capitalised word that does not start a sentence and is not one schools use for other things (Year, Reception,
/// months, subjects, well-known products). Otherwise it is replaced by <see cref="Withheld"/>; the reason stays in
/// the settings file. Over-cautious on purpose, like <see cref="StaffTitleScreen"/>.
/// </summary>
public static partial class ReasonScreen
{
    public const string Withheld = "The reason is not shown here because it may name a person; read it in the settings file.";

    private static readonly FrozenSet<string> CommonCapitalised = new[]
    {
        "I", "Year", "Years", "Reception", "Nursery", "Key", "Stage", "Early", "Foundation", "Sixth", "Form", "School",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Autumn", "Spring", "Summer", "Christmas", "Easter", "Half", "Term",
        "English", "French", "Spanish", "German", "Welsh", "British", "European", "Maths", "Science", "History", "Geography",
        "Art", "Music", "Computing", "Drama", "Religious", "Education", "Physical",
        "Microsoft", "Google", "Apple", "Jamf", "Intune", "Teams", "Word", "Excel", "PowerPoint", "OneDrive", "SharePoint",
        "Outlook", "Windows", "Chrome", "Safari", "Zoom", "Scratch", "Minecraft", "Ofsted", "Internet", "Wi-Fi",
        "Governors", "Governor", "Headteacher", "Deputy", "Trust", "Council", "Authority", "Local", "National", "Curriculum",
        "Test", "Tests", "Assessment", "Assessments", "Sats", "Club", "Unit", "Project",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reason: "…". One line, ending with a full stop; or <see cref="Withheld"/>.</summary>
    public static string Quote(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = Whitespace().Replace(reason, " ").Trim().TrimEnd('.');
        return MayNameAPerson(text) ? Withheld : $"Reason: \"{text}\".";
    }

    /// <summary>Whether a capitalised word other than a sentence's first reads as a name.</summary>
    public static bool MayNameAPerson(string text)
    {
        var sentenceStart = true;
        foreach (Match match in Token().Matches(text))
        {
            var word = match.Value;
            if (word is "." or "!" or "?" or ":" or ";")
            {
                sentenceStart = true;
                continue;
            }

            var titleCase = word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c is '\'' or '-');
            if (titleCase && !sentenceStart && !CommonCapitalised.Contains(word.TrimEnd('\'', 's')) && !CommonCapitalised.Contains(word))
            {
                return true;
            }

            sentenceStart = false;
        }

        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.!?:;]")]
    private static partial Regex Token();
}
