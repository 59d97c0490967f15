using System.Text;
using SchoolInfra.Core.Text;

namespace SchoolInfra.Reports.Render;

/// <summary>
/// Escapes text for Markdown (GitHub flavour), the Markdown twin of <c>html.escape</c>: templates write
/// <c>{{ value | markdown.escape }}</c> so a value can never start a heading, a link, a table cell or raw HTML.
/// </summary>
public static class MarkdownText
{
    private const string Special = "\\`*_[]<>|#~!{}";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        // No raw control characters or direction overrides reach a pull-request comment (issue 13).
        foreach (var c in TextHygiene.ForDisplay(text))
        {
            if (c is '\r' or '\n')
            {
                sb.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
