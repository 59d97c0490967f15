using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SchoolInfra.Core.Yaml;

/// <summary>
/// Reads YAML or JSON text into <see cref="SourceNode"/>s with positions. Unlike a deserializer it keeps going
/// after duplicate keys, refuses anchors, aliases and tags (unsafe or surprising in a reviewed file), bounds size and
/// depth, and checks the text of every value and key (<see cref="TextHygiene"/>). Nothing is thrown past it: every
/// problem, the parser's own failures included, becomes a located diagnostic in our own words.
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
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, 0, isName: false);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(LoadDiagnostics.MultipleDocuments(state.Span(second.Start, second.End)));
            }

            return root;
        }
        catch (YamlException ex)
        {
            var (words, maybeFlow) = YamlProblems.Describe(ex);
            diagnostics.Add(Malformed(text, state, words, maybeFlow, state.Span(ex.Start, ex.End)));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // YamlDotNet fails this way on some unclosed flow collections ("a: [b" then a new key): no position and a
            // resource key for a message. Point at the bracket that was never closed, else where the parser stopped.
            var at = parser?.Current is { } current ? state.Span(current.Start, current.End) : SourceSpan.At(file, 1 + lineOffset, 1 + columnOffset);
            diagnostics.Add(Malformed(text, state, YamlProblems.Unknown, maybeFlow: true, at));
            return null;
        }
    }

    private static Diagnostic Malformed(string text, State state, string problem, bool maybeFlow, SourceSpan at)
    {
        if (maybeFlow && FlowScanner.FindUnclosed(text) is { } unclosed)
        {
            var span = state.Span(new Mark(0, unclosed.Line, unclosed.Column), new Mark(0, unclosed.Line, unclosed.Column + 1));
            return LoadDiagnostics.Malformed(span, YamlProblems.Unclosed(unclosed.Opener));
        }

        return LoadDiagnostics.Malformed(at, problem);
    }

    private static SourceNode ReadNode(IParser parser, State state, int depth, bool isName)
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
            var node = new SourceScalar(span, scalar.Value, quoted);
            CheckText(node, isName, state.Diagnostics);
            return node;
        }

        if (parser.TryConsume<SequenceStart>(out var seqStart))
        {
            var start = state.Span(seqStart.Start, seqStart.End);
            CheckProperties(seqStart, start, state);
            var items = ImmutableArray.CreateBuilder<SourceNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, state, depth + 1, isName: false));
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
                var keyNode = ReadNode(parser, state, depth + 1, isName: true);
                var value = ReadNode(parser, state, depth + 1, isName: keyNode is SourceScalar k && TextHygiene.IsNameField(k.Text));
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

    /// <summary>Text hygiene for one value (or key): no control characters; in names and keys nothing invisible.</summary>
    internal static void CheckText(SourceScalar scalar, bool isName, DiagnosticBag diagnostics)
    {
        if (TextHygiene.FirstControl(scalar.Text) is { } control)
        {
            diagnostics.Add(LoadDiagnostics.ControlCharacter(scalar.Span, control));
        }
        else if (isName && TextHygiene.FirstInvisible(scalar.Text) is { } invisible)
        {
            diagnostics.Add(LoadDiagnostics.InvisibleInName(scalar.Span, invisible));
        }
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
            var startLine = (int)Math.Clamp(start.Line, 1, int.MaxValue / 2);
            var endLine = Math.Max(startLine, (int)Math.Clamp(end.Line, 1, int.MaxValue / 2));
            var startCol = (int)Math.Clamp(start.Column, 1, int.MaxValue / 2) + (startLine == 1 ? ColumnOffset : 0);
            var endCol = (int)Math.Clamp(end.Column, 1, int.MaxValue / 2) + (endLine == 1 ? ColumnOffset : 0);
            return new SourceSpan(File, startLine + LineOffset, startCol, endLine + LineOffset, endCol);
        }
    }
}
