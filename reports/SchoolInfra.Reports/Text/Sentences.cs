namespace SchoolInfra.Reports.Text;

/// <summary>Small sentence-shaping steps shared by the report and summary wording.</summary>
public static class Sentences
{
    /// <summary>"the headteacher" becomes "The headteacher".</summary>
    public static string Capitalise(string text) => string.IsNullOrEmpty(text) ? text ?? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];
}
