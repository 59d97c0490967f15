using System.Globalization;
using System.Text;

namespace SchoolInfra.Core.Text;

/// <summary>
/// What text in a school's files may hold, and how text is made safe to print. Control characters (terminal escape
/// sequences among them) are refused in every value; names and keys also refuse invisible formatting characters
/// (right-to-left overrides, zero-width characters), which can make one name look like another. Output to a terminal
/// or to Markdown passes through <see cref="ForDisplay"/>, so it never carries a raw control character.
/// </summary>
public static class TextHygiene
{
    /// <summary>Settings whose values are names, checked like keys.</summary>
    public static bool IsNameField(string key) => key is "key" or "name" or "displayName" or "shortName";

    /// <summary>The first character a value may not hold, described for a message; null when the text is clean.</summary>
    public static string? FirstControl(string text)
    {
        if (IsPlain(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            // Half of a surrogate pair on its own is not a character at all (an escape such as "\ud800" makes one).
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)text[i]:X4} (half of a character, on its own)");
            }
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (IsControl(rune))
            {
                return Describe(rune);
            }
        }

        return null;
    }

    /// <summary>The first invisible formatting character in a name or key, described for a message; null when clean.</summary>
    public static string? FirstInvisible(string text)
    {
        if (IsPlain(text))
        {
            return null;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                return Describe(rune);
            }
        }

        return null;
    }

    /// <summary>
    /// The text with every control character but line feed and tab, and every bidirectional override, replaced by a
    /// visible <c>&lt;U+001B&gt;</c>: safe to print to a terminal or into Markdown.
    /// </summary>
    public static string ForDisplay(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsControl(rune) || IsBidiControl(rune))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>");
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        if (IsPlain(text))
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (IsControl(rune) || IsBidiControl(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Printable ASCII, line feeds and tabs only: nearly all text, checked without decoding characters.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is (< ' ' and not '\n' and not '\t') or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsControl(Rune rune) => Rune.IsControl(rune) && rune.Value is not '\n' and not '\t';

    private static bool IsBidiControl(Rune rune) => rune.Value is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    private static string Describe(Rune rune)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
        var name = rune.Value switch
        {
            0x1B => "escape, which starts terminal colour and cursor codes",
            0x9B => "control sequence introducer, which starts terminal codes",
            0x07 => "bell",
            0x08 => "backspace",
            0x0D => "carriage return, which lets a line be overwritten on a terminal",
            0x00 => "null",
            0x7F => "delete",
            0x202E => "right-to-left override",
            0x202D => "left-to-right override",
            0x202A or 0x202B => "bidirectional embedding",
            >= 0x2066 and <= 0x2069 => "bidirectional isolate",
            0x200E or 0x200F or 0x061C => "direction mark",
            0x200B => "zero-width space",
            0x200C => "zero-width non-joiner",
            0x200D => "zero-width joiner",
            0x2060 => "word joiner",
            0xFEFF => "zero-width no-break space",
            0x00AD => "soft hyphen",
            >= 0xE0000 and <= 0xE007F => "tag character",
            _ => null,
        };
        return name is null ? code : $"{code} ({name})";
    }
}
