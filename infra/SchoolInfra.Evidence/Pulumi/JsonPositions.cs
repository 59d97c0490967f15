using System.Text.Json;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Line and column (1-based; columns count characters, not bytes) of places in a JSON file. Only used when a
/// diagnostic is written, so the happy path never pays for it: a <see cref="JsonPath"/> is found again by
/// streaming through its document with <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class JsonPositions(ReadOnlyMemory<byte> bytes, string file)
{
    public string File { get; } = file;

    /// <summary>The span of the value at <paramref name="path"/>, or of the nearest enclosing value that exists.</summary>
    public SourceSpan At(JsonPath path) => AtOffset(Find(path));

    /// <summary>The span of a byte offset.</summary>
    public SourceSpan AtOffset(long offset)
    {
        var span = bytes.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (span[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            // Count characters: skip UTF-8 continuation bytes.
            if ((span[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return SourceSpan.At(File, line, column);
    }

    /// <summary>The span just after the last byte: where a cut-short file ends.</summary>
    public SourceSpan AtEnd() => AtOffset(bytes.Length);

    /// <summary>
    /// The diagnostic for a reader error: "cut short" when nothing but white space follows the place the reader
    /// stopped (a truncated file), otherwise "not valid JSON" at that place.
    /// </summary>
    public Core.Diagnostics.Diagnostic ForException(JsonException e, long documentOffset)
    {
        ArgumentNullException.ThrowIfNull(e);
        var offset = OffsetOf(e, documentOffset);
        var span = bytes.Span;
        var rest = offset >= span.Length ? [] : span[(int)offset..];
        if (rest.Trim(" \t\r\n"u8).IsEmpty)
        {
            return PulumiDiagnostics.Truncated(AtEnd());
        }

        // The reader's message names .NET internals after its first sentence; keep the plain part.
        var problem = e.Message.Split(". ", 2)[0].TrimEnd('.');
        var at = problem.IndexOf(" LineNumber", StringComparison.Ordinal);
        return PulumiDiagnostics.NotJson(AtOffset(offset), (at > 0 ? problem[..at] : problem).TrimEnd('.', ' '));
    }

    /// <summary>The absolute byte offset of a reader error (its line and byte position are 0-based and count from
    /// the start of the document the reader was given).</summary>
    private long OffsetOf(JsonException e, long documentOffset)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column)
        {
            return documentOffset;
        }

        var span = bytes.Span;
        var offset = documentOffset;
        for (var seen = 0L; seen < line && offset < span.Length; offset++)
        {
            if (span[(int)offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset + column;
    }

    private long Find(JsonPath path)
    {
        var span = bytes.Span[path.DocumentOffset..];
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = PulumiJson.MaxDepth, AllowMultipleValues = true });
        var best = 0L;
        try
        {
            if (!reader.Read())
            {
                return path.DocumentOffset;
            }

            best = reader.TokenStartIndex;
            for (var depth = 0; depth < path.Segments.Length; depth++)
            {
                var found = path.Segments[depth] switch
                {
                    string name => SeekProperty(ref reader, name),
                    int index => SeekIndex(ref reader, index),
                    _ => false,
                };
                if (!found)
                {
                    break;
                }

                best = reader.TokenStartIndex;
            }
        }
        catch (JsonException)
        {
            // The document is broken further on; the last place found is the best we can say.
        }

        return path.DocumentOffset + best;
    }

    /// <summary>From a start-object token, moves to the value of the named property.</summary>
    private static bool SeekProperty(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            if (!reader.Read())
            {
                return false;
            }

            if (match)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>From a start-array token, moves to the element at the index.</summary>
    private static bool SeekIndex(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }
}
