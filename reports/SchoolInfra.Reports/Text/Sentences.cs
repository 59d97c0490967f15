namespace SchoolInfra.Reports.Text;

/// <summary>Small sentence-shaping steps shared by the report and summary wording.</summary>
public static class Sentences
{
    /// <summary>"the headteacher" becomes "The headteacher".</summary>
    public static string Capitalise(string text) => string.IsNullOrEmpty(text) ? text ?? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Capitalised and ending with a full stop (or the ? or ! it already has); empty stays empty.</summary>
    public static string Full(string text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        trimmed = Capitalise(trimmed);
        return trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }
}
