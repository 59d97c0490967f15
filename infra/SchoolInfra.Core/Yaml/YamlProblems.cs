using YamlDotNet.Core;

namespace SchoolInfra.Core.Yaml;

/// <summary>
/// Plain words for the YAML parser's failures. The parser's own message is only used to choose the words, never
/// shown: it is written for YAML experts, and in a trimmed build it can be a bare resource key.
/// </summary>
internal static class YamlProblems
{
    private const string UnreadablePart = "this part of the file could not be read; check the indentation and the quotes around it";

    private static readonly (string Clue, string Words, bool MaybeFlow)[] Known =
    [
        ("expected ',' or ']'", "a list written in [ ] is not closed, or a comma is missing between its items", true),
        ("expected ',' or '}'", "a section written in { } is not closed, or a comma is missing between its settings", true),
        ("expected node content", "a value is missing here: the file may end too early, or a [ or { is not closed", true),
        ("tab character", "a tab is used for indentation; indent with spaces", false),
        ("cannot start any token", "a value starts with a character that YAML reserves (such as @, ` or %); put the value in quotes", false),
        ("invalid mapping", "a colon followed by a space appears inside a value; put the value in quotes, or start nested settings on a new line", false),
        ("mapping values are not allowed", "a colon followed by a space appears inside a value; put the value in quotes, or start nested settings on a new line", false),
        ("expected '-' indicator", "a list item and a setting are mixed at the same indentation", true),
        ("did not find expected key", "the indentation does not line up with the settings above", true),
        ("block scalar", "a multi-line value (| or >) is not indented correctly", false),
        ("quoted scalar", "a quoted value is not closed: its closing quote is missing", false),
        ("escape", "a double-quoted value uses a \\ escape that YAML does not know; use single quotes or remove the backslash", false),
        ("anchor", "a value starts with & or *, which YAML reserves for anchors; put the value in quotes", false),
        ("alias", "a value starts with & or *, which YAML reserves for anchors; put the value in quotes", false),
        ("directive", "a line starting with % is not a YAML directive SchoolInfra accepts", false),
        ("comment or line break", "something follows a value on the same line that cannot be read (a comment needs a space before #)", false),
        ("simple key", "a key is too long or runs over a line break", true),
        ("levels of nesting", $"more than {SourceReader.MaxDepth} levels of nesting", false),
        ("unexpected content", UnreadablePart, true),
    ];

    /// <summary>Plain words for the failure, and whether a [ or { left open could be its cause.</summary>
    public static (string Words, bool MaybeFlow) Describe(YamlException ex)
    {
        var clue = $"{ex.Message} {ex.InnerException?.Message}";
        foreach (var (text, words, maybeFlow) in Known)
        {
            if (clue.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return (words, maybeFlow);
            }
        }

        return (UnreadablePart, true);
    }

    /// <summary>For failures that are not the parser's own kind of error: a position is all that can be said.</summary>
    public static string Unknown => UnreadablePart;

    public static string Unclosed(char opener) => opener == '['
        ? "the list opened with \"[\" here is never closed with \"]\" (a list in brackets must close, usually on the same line)"
        : "the section opened with \"{\" here is never closed with \"}\" (a section in braces must close, usually on the same line)";
}
