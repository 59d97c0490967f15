using System.Globalization;
using System.Text;

namespace SchoolInfra.Infra.Formats;

/// <summary>
/// Writes a property list as XML in one canonical form: Apple's header and DOCTYPE, dictionary keys sorted, one
/// element per line indented with tabs, LF line endings, one final newline, only &amp; &lt; &gt; escaped.
/// </summary>
public static class PlistWriter
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        """;

    public static string Write(PlistValue root)
    {
        var sb = new StringBuilder(Header.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        Append(sb, root, 0);
        return sb.Append("</plist>\n").ToString();
    }

    private static void Append(StringBuilder sb, PlistValue value, int depth)
    {
        switch (value)
        {
            case PlistText text:
                Line(sb, depth, $"<string>{Escape(text.Value)}</string>");
                break;
            case PlistInteger number:
                Line(sb, depth, $"<integer>{number.Value.ToString(CultureInfo.InvariantCulture)}</integer>");
                break;
            case PlistBool flag:
                Line(sb, depth, flag.Value ? "<true/>" : "<false/>");
                break;
            case PlistArray { Items.IsEmpty: true }:
                Line(sb, depth, "<array/>");
                break;
            case PlistArray array:
                Line(sb, depth, "<array>");
                foreach (var item in array.Items)
                {
                    Append(sb, item, depth + 1);
                }

                Line(sb, depth, "</array>");
                break;
            case PlistDictionary { Entries.IsEmpty: true }:
                Line(sb, depth, "<dict/>");
                break;
            case PlistDictionary dict:
                Line(sb, depth, "<dict>");
                foreach (var (key, item) in dict.Entries)
                {
                    Line(sb, depth + 1, $"<key>{Escape(key)}</key>");
                    Append(sb, item, depth + 1);
                }

                Line(sb, depth, "</dict>");
                break;
            default:
                throw new InvalidOperationException($"Unexpected plist value {value.GetType().Name}.");
        }
    }

    private static void Line(StringBuilder sb, int depth, string text) => sb.Append('\t', depth).Append(text).Append('\n');

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
