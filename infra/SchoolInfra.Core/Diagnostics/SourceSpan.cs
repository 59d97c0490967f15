using System.Globalization;

namespace SchoolInfra.Core.Diagnostics;

/// <summary>Where a value came from: file plus 1-based start and end positions.</summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span for values that were not read from a file (defaults, generated values).</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0);

    public bool IsKnown => Line > 0;

    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    public override string ToString() => IsKnown
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}")
        : File;
}
