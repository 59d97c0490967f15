using System.Collections.Immutable;

namespace SchoolInfra.Core.Diagnostics;

/// <summary>Collects diagnostics so that one run reports every problem. Not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>Diagnostics in reading order: file, line, column, then code.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() => [.. _items
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .Distinct()];
}
