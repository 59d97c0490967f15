namespace SchoolInfra.Core.Yaml;

/// <summary>
/// Finds a <c>[</c> or <c>{</c> that is never closed, so an unclosed flow collection is reported where it was
/// opened rather than where the parser gave up (or, in YamlDotNet, instead of an exception with no position). A light
/// scan of the text: quotes, comments and block scalars (<c>|</c>, <c>&gt;</c>) are skipped; brackets count only
/// where a value starts or inside another flow collection.
/// </summary>
internal static class FlowScanner
{
    /// <summary>The opener closed by the wrong bracket, else the outermost unclosed one: line, column, character; null when all close.</summary>
    public static (int Line, int Column, char Opener)? FindUnclosed(string text)
    {
        var open = new Stack<(int Line, int Column, char Opener)>();
        var quote = '\0';
        var blockIndent = -1;
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockIndent)
                {
                    continue;
                }

                blockIndent = -1;
            }

            var valueStart = true;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote == '"')
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        quote = '\0';
                        valueStart = false;
                    }

                    continue;
                }

                if (quote == '\'')
                {
                    if (c == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                    {
                        i++;
                    }
                    else if (c == '\'')
                    {
                        quote = '\0';
                        valueStart = false;
                    }

                    continue;
                }

                if (c is ' ' or '\t')
                {
                    continue;
                }

                if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    break;
                }

                var inFlow = open.Count > 0;
                switch (c)
                {
                    case '"' or '\'' when valueStart:
                        quote = c;
                        break;
                    case '[' or '{' when valueStart || inFlow:
                        open.Push((n + 1, i + 1, c));
                        valueStart = true;
                        continue;
                    case ']' or '}' when inFlow:
                        var top = open.Pop();
                        if ((top.Opener == '[') != (c == ']'))
                        {
                            return top;
                        }

                        valueStart = false;
                        continue;
                    case '|' or '>' when valueStart && !inFlow:
                        blockIndent = indent;
                        i = line.Length;
                        continue;
                    case ',' when inFlow:
                        valueStart = true;
                        continue;
                    case ':' or '-' or '?' when i + 1 >= line.Length || line[i + 1] is ' ' or '\t':
                        valueStart = true;
                        continue;
                    default:
                        break;
                }

                valueStart = false;
            }
        }

        // The stack enumerates from the top: the last item is the outermost opener.
        return open.Count > 0 ? open.Last() : null;
    }
}
