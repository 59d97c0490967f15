using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SchoolInfra.Evidence.History;

/// <summary>
/// Reads the trailers of a commit message: its last paragraph, when that is not the subject and every line in it
/// is <c>Key: value</c> (RFC 822 style; a line starting with white space continues the previous value). This is
/// stricter than git's own rule, which also accepts a block that is only partly trailers.
/// </summary>
public static partial class TrailerParser
{
    public static ImmutableArray<GitTrailer> Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var paragraphs = Paragraphs(message);
        if (paragraphs.Count < 2)
        {
            return [];
        }

        var trailers = new List<(string Key, string Value)>();
        foreach (var line in paragraphs[^1])
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && trailers.Count > 0)
            {
                trailers[^1] = (trailers[^1].Key, $"{trailers[^1].Value} {line.Trim()}".Trim());
                continue;
            }

            var match = TrailerLine().Match(line);
            if (!match.Success)
            {
                return [];
            }

            trailers.Add((NormaliseKey(match.Groups["key"].Value), match.Groups["value"].Value.Trim()));
        }

        return [.. trailers.Where(t => t.Value.Length > 0).Select(t => new GitTrailer(t.Key, t.Value))];
    }

    /// <summary><c>APPROVED-BY</c> and <c>approved-by</c> both become <c>Approved-by</c>.</summary>
    public static string NormaliseKey(string key) =>
        key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].ToLowerInvariant();

    private static List<List<string>> Paragraphs(string message)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in message.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line.TrimEnd());
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    [GeneratedRegex("^(?<key>[A-Za-z0-9][A-Za-z0-9-]*):(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerLine();
}
