using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Yaml;

/// <summary>A YAML (or JSON) node that remembers where it was read from.</summary>
public abstract record SourceNode(SourceSpan Span)
{
    /// <summary>A plain word for messages: "text", "list" or "section".</summary>
    public abstract string KindWord { get; }
}

/// <summary>A scalar. <see cref="IsQuoted"/> is true for '...' and "..." styles.</summary>
public sealed record SourceScalar(SourceSpan Span, string Text, bool IsQuoted) : SourceNode(Span)
{
    public override string KindWord => "a single value";

    /// <summary>Plain <c>~</c>, <c>null</c> or an empty value.</summary>
    public bool IsNull => !IsQuoted && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record SourceSequence(SourceSpan Span, ImmutableArray<SourceNode> Items) : SourceNode(Span)
{
    public override string KindWord => "a list";
}

public sealed record SourceEntry(SourceScalar Key, SourceNode Value);

public sealed record SourceMapping(SourceSpan Span, ImmutableArray<SourceEntry> Entries) : SourceNode(Span)
{
    public override string KindWord => "a section of named settings";

    public SourceNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Text == key)?.Value;
}
