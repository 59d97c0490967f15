using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Text;

namespace SchoolInfra.Core.Yaml;

/// <summary>
/// Reads JSON text into <see cref="SourceNode"/>s with positions, for the structured values that PULUMI_CONFIG
/// carries as JSON strings. It uses the framework's JSON reader rather than the YAML parser, because the engine
/// runs the compiler at least twice per operation and loading the YAML parser costs start-up time.
/// </summary>
public static class JsonSourceReader
{
    public static SourceNode? Read(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Length > SourceReader.MaxBytes)
        {
            diagnostics.Add(LoadDiagnostics.TooLarge(SourceSpan.At(file, 1, 1), $"{text.Length} characters, the limit is {SourceReader.MaxBytes}"));
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var positions = new Positions(bytes, file);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = SourceReader.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var node = ReadValue(ref reader, positions, diagnostics, isName: false);
            if (reader.Read())
            {
                diagnostics.Add(LoadDiagnostics.Malformed(positions.At(reader.TokenStartIndex), "there is more after the end of the value"));
            }

            return node;
        }
        catch (JsonException ex)
        {
            var line = (int)Math.Min(ex.LineNumber ?? 0, int.MaxValue - 1) + 1;
            var column = (int)Math.Min(ex.BytePositionInLine ?? 0, int.MaxValue - 1) + 1;
            diagnostics.Add(LoadDiagnostics.Malformed(SourceSpan.At(file, line, column), "it is not valid JSON"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string that cannot be turned into text (for example an escaped lone surrogate): no position is known.
            diagnostics.Add(LoadDiagnostics.Malformed(SourceSpan.At(file, 1, 1), "it is not valid JSON"));
            return null;
        }
    }

    private static SourceNode ReadValue(ref Utf8JsonReader reader, Positions positions, DiagnosticBag diagnostics, bool isName)
    {
        var start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = ImmutableArray.CreateBuilder<SourceEntry>();
                var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keySpan = positions.Span(reader.TokenStartIndex, reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    var key = new SourceScalar(keySpan, reader.GetString() ?? string.Empty, IsQuoted: true);
                    SourceReader.CheckText(key, isName: true, diagnostics);
                    reader.Read();
                    var value = ReadValue(ref reader, positions, diagnostics, TextHygiene.IsNameField(key.Text));
                    if (seen.TryGetValue(key.Text, out var first))
                    {
                        diagnostics.Add(LoadDiagnostics.DuplicateKey(keySpan, key.Text, first));
                        continue;
                    }

                    seen[key.Text] = keySpan;
                    entries.Add(new SourceEntry(key, value));
                }

                return new SourceMapping(positions.Span(start, reader.BytesConsumed), entries.ToImmutable());
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<SourceNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, positions, diagnostics, isName: false));
                }

                return new SourceSequence(positions.Span(start, reader.BytesConsumed), items.ToImmutable());
            case JsonTokenType.String:
                var text = new SourceScalar(positions.Span(start, reader.BytesConsumed), reader.GetString() ?? string.Empty, IsQuoted: true);
                SourceReader.CheckText(text, isName, diagnostics);
                return text;
            default:
                // Numbers, true, false and null keep their text, like plain YAML scalars.
                return new SourceScalar(positions.Span(start, reader.BytesConsumed), Encoding.UTF8.GetString(reader.ValueSpan), IsQuoted: false);
        }
    }

    /// <summary>Turns byte offsets into 1-based line and character columns.</summary>
    private sealed class Positions(byte[] bytes, string file)
    {
        public SourceSpan At(long offset)
        {
            var (line, column) = LineColumn(offset);
            return SourceSpan.At(file, line, column);
        }

        public SourceSpan Span(long start, long end)
        {
            var (line, column) = LineColumn(start);
            var (endLine, endColumn) = LineColumn(end);
            return new SourceSpan(file, line, column, endLine, endColumn);
        }

        private (int Line, int Column) LineColumn(long offset)
        {
            var end = (int)Math.Min(offset, bytes.Length);
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < end; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, end - lineStart) + 1);
        }
    }
}
