using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Config;

/// <summary>
/// Base of every section of the school config. The binder fills <see cref="Span"/> and <see cref="Path"/>,
/// so any rule or resource can say exactly which lines of the stack file it came from.
/// </summary>
public abstract record ConfigRecord
{
    [NotConfig]
    public SourceSpan Span { get; init; } = SourceSpan.None;

    /// <summary>Config path such as <c>schoolinfra:identity.groups[2]</c>.</summary>
    [NotConfig]
    public string ConfigPath { get; init; } = string.Empty;
}
