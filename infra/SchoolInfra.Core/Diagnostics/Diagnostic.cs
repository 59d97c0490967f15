using System.Text;

namespace SchoolInfra.Core.Diagnostics;

/// <summary>One problem found in an input: code (SI + four digits), severity, where, what and what to do.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The printed form: <c>file:line:col: error SI2004: message</c> plus an indented hint line.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        if (Location.File.Length > 0)
        {
            sb.Append(Location).Append(": ");
        }

        sb.Append(SeverityWord(Severity)).Append(' ').Append(Code).Append(": ").Append(Message);
        if (!string.IsNullOrEmpty(Hint))
        {
            sb.Append("\n    hint: ").Append(Hint);
        }

        return sb.ToString();
    }

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
