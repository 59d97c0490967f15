using System.Text;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// Pulumi property paths as the engine writes them in <c>detailedDiff</c>: <c>a.b</c>, <c>a[0].b</c>,
/// <c>tags["odd key"]</c>. Splits them into segments (names and indexes) without allocating for the common cases.
/// </summary>
public static class PropertyPaths
{
    /// <summary>The segments of a path: names as written, indexes as <c>[0]</c>-free numbers in text.</summary>
    public static IReadOnlyList<string> Segments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '.')
            {
                Flush(segments, current);
            }
            else if (c == '[')
            {
                Flush(segments, current);
                var end = i + 1;
                if (end < path.Length && path[end] == '"')
                {
                    // ["quoted key"]: the key runs to the closing quote (quotes inside keys are escaped as \").
                    var key = new StringBuilder();
                    for (end++; end < path.Length && path[end] != '"'; end++)
                    {
                        if (path[end] == '\\' && end + 1 < path.Length)
                        {
                            end++;
                        }

                        key.Append(path[end]);
                    }

                    segments.Add(key.ToString());
                    end = path.IndexOf(']', end);
                }
                else
                {
                    var close = path.IndexOf(']', end);
                    segments.Add(close < 0 ? path[end..] : path[end..close]);
                    end = close;
                }

                i = end < 0 ? path.Length : end;
            }
            else
            {
                current.Append(c);
            }
        }

        Flush(segments, current);
        return segments;
    }

    /// <summary>The names in a path, without indexes.</summary>
    public static IEnumerable<string> Names(string path) => Segments(path).Where(s => !IsIndex(s));

    /// <summary>The last name of a path: <c>softDeleteState</c> of <c>properties.securitySettings.softDeleteSettings.softDeleteState</c>.</summary>
    public static string LastName(string path) => Names(path).LastOrDefault() ?? path;

    /// <summary>Whether a segment is a list index.</summary>
    public static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    private static void Flush(List<string> segments, StringBuilder current)
    {
        if (current.Length > 0)
        {
            segments.Add(current.ToString());
            current.Clear();
        }
    }
}
