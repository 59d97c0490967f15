using System.Text;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// Pulumi property paths as the engine writes them in <c>detailedDiff</c>: <c>a.b</c>, <c>a[0].b</c>,
/// <c>tags["odd key"]</c>. Splits them into segments (names and indexes), and walks them without allocating for the
/// common cases (drift reads tens of thousands of paths per refresh).
/// </summary>
public static class PropertyPaths
{
    /// <summary>The segments of a path: names as written, indexes as <c>[0]</c>-free numbers in text.</summary>
    public static IReadOnlyList<string> Segments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<string>(4);
        var position = 0;
        while (Next(path, ref position, out var segment))
        {
            segments.Add(segment.ToString());
        }

        return segments;
    }

    /// <summary>
    /// The segment that starts at <paramref name="position"/>, which then moves past it; false when none is left.
    /// A segment is a slice of the path, except a quoted key with escapes (<c>["a\"b"]</c>), which is unescaped.
    /// </summary>
    public static bool Next(string path, ref int position, out ReadOnlySpan<char> segment)
    {
        ArgumentNullException.ThrowIfNull(path);
        var start = position;
        for (var i = position; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '.')
            {
                if (i > start)
                {
                    segment = path.AsSpan(start, i - start);
                    position = i + 1;
                    return true;
                }

                start = i + 1;
            }
            else if (c == '[')
            {
                if (i > start)
                {
                    // The name before the bracket first; the next call reads the bracket.
                    segment = path.AsSpan(start, i - start);
                    position = i;
                    return true;
                }

                var end = i + 1;
                if (end < path.Length && path[end] == '"')
                {
                    // ["quoted key"]: the key runs to the closing quote (quotes inside keys are escaped as \").
                    var keyStart = end + 1;
                    var escaped = false;
                    for (end++; end < path.Length && path[end] != '"'; end++)
                    {
                        if (path[end] == '\\' && end + 1 < path.Length)
                        {
                            end++;
                            escaped = true;
                        }
                    }

                    var key = path.AsSpan(keyStart, end - keyStart);
                    segment = escaped ? Unescape(key) : key;
                    end = path.IndexOf(']', end);
                }
                else
                {
                    var close = path.IndexOf(']', end);
                    segment = close < 0 ? path.AsSpan(end) : path.AsSpan(end, close - end);
                    end = close;
                }

                position = end < 0 ? path.Length : end + 1;
                return true;
            }
        }

        position = path.Length;
        if (path.Length > start)
        {
            segment = path.AsSpan(start);
            return true;
        }

        segment = default;
        return false;
    }

    /// <summary>The names in a path, without indexes.</summary>
    public static IEnumerable<string> Names(string path) => Segments(path).Where(s => !IsIndex(s));

    /// <summary>The last name of a path: <c>softDeleteState</c> of <c>properties.securitySettings.softDeleteSettings.softDeleteState</c>.</summary>
    public static string LastName(string path) => Names(path).LastOrDefault() ?? path;

    /// <summary>Whether a segment is a list index.</summary>
    public static bool IsIndex(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return IsIndex(segment.AsSpan());
    }

    /// <summary>Whether a segment is a list index.</summary>
    public static bool IsIndex(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty)
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unescape(ReadOnlySpan<char> key)
    {
        var unescaped = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '\\' && i + 1 < key.Length)
            {
                i++;
            }

            unescaped.Append(key[i]);
        }

        return unescaped.ToString();
    }
}
