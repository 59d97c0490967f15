using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SchoolInfra.Core.Yaml;

/// <summary>
/// Reads YAML or JSON text into <see cref="SourceNode"/>s with positions. Unlike a deserializer it keeps going
/// after duplicate keys, refuses anchors, aliases and tags (unsafe or surprising in a reviewed file) and
/// bounds size and depth.
/// </summary>
public static class SourceReader
{
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxDepth = 64;

    /// <summary>Reads one document. Returns null when the text could not be read at all.</summary>
    public static SourceNode? Read(string text, string file, DiagnosticBag diagnostics, int lineOffset = 0, int columnOffset = 0)
    {
        if (text.Length > MaxBytes)
        {
            diagnostics.Add(LoadDiagnostics.TooLarge(SourceSpan.At(file, 1, 1), $"{text.Length} characters, the limit is {MaxBytes}"));
            return null;
        }

        var state = new State(file, diagnostics, lineOffset, columnOffset);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(LoadDiagnostics.MultipleDocuments(state.Span(second.Start, second.End)));
            }

            return root;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(LoadDiagnostics.Malformed(state.Span(ex.Start, ex.End), Describe(ex)));
            return null;
        }
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.').Trim();
    }

    private static SourceNode ReadNode(IParser parser, State state, int depth)
    {
        if (depth > MaxDepth)
        {
            var current = parser.Current;
            throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, $"more than {MaxDepth} levels of nesting");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            var span = state.Span(alias.Start, alias.End);
            state.Diagnostics.Add(LoadDiagnostics.AliasNotAllowed(span));
            return new SourceScalar(span, string.Empty, false);
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var span = state.Span(scalar.Start, scalar.End);
            CheckProperties(scalar, span, state);
            var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
            return new SourceScalar(span, scalar.Value, quoted);
        }

        if (parser.TryConsume<SequenceStart>(out var seqStart))
        {
            var start = state.Span(seqStart.Start, seqStart.End);
            CheckProperties(seqStart, start, state);
            var items = ImmutableArray.CreateBuilder<SourceNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, state, depth + 1));
            }

            return new SourceSequence(start, items.ToImmutable());
        }

        if (parser.TryConsume<MappingStart>(out var mapStart))
        {
            var start = state.Span(mapStart.Start, mapStart.End);
            CheckProperties(mapStart, start, state);
            var entries = ImmutableArray.CreateBuilder<SourceEntry>();
            var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, state, depth + 1);
                var value = ReadNode(parser, state, depth + 1);
                if (keyNode is not SourceScalar key)
                {
                    state.Diagnostics.Add(LoadDiagnostics.Malformed(keyNode.Span, "a key must be a single word or text, not a list or section"));
                    continue;
                }

                if (seen.TryGetValue(key.Text, out var first))
                {
                    state.Diagnostics.Add(LoadDiagnostics.DuplicateKey(key.Span, key.Text, first));
                    continue;
                }

                seen[key.Text] = key.Span;
                entries.Add(new SourceEntry(key, value));
            }

            return new SourceMapping(start, entries.ToImmutable());
        }

        var unexpected = parser.Current;
        throw new YamlException(unexpected?.Start ?? Mark.Empty, unexpected?.End ?? Mark.Empty, "unexpected content");
    }

    private static void CheckProperties(NodeEvent node, SourceSpan span, State state)
    {
        if (!node.Anchor.IsEmpty)
        {
            state.Diagnostics.Add(LoadDiagnostics.AliasNotAllowed(span));
        }

        if (!node.Tag.IsEmpty && !node.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
        {
            state.Diagnostics.Add(LoadDiagnostics.TagNotAllowed(span, node.Tag.Value));
        }
        else if (!node.Tag.IsEmpty && node.Tag.Value is not ("tag:yaml.org,2002:str" or "tag:yaml.org,2002:map" or "tag:yaml.org,2002:seq"))
        {
            state.Diagnostics.Add(LoadDiagnostics.TagNotAllowed(span, node.Tag.Value));
        }
    }

    private sealed record State(string File, DiagnosticBag Diagnostics, int LineOffset, int ColumnOffset)
    {
        public SourceSpan Span(Mark start, Mark end)
        {
            // YamlDotNet marks are 1-based. JSON embedded in another text is shifted by the offsets.
            var startLine = Math.Max(1, (int)start.Line);
            var endLine = Math.Max(startLine, (int)end.Line);
            var startCol = Math.Max(1, (int)start.Column) + (startLine == 1 ? ColumnOffset : 0);
            var endCol = Math.Max(1, (int)end.Column) + (endLine == 1 ? ColumnOffset : 0);
            return new SourceSpan(File, startLine + LineOffset, startCol, endLine + LineOffset, endCol);
        }
    }
}
