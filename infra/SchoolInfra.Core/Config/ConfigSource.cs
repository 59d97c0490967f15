using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Config;

/// <summary>The stack's config as read from one source (stack file or engine), before typing.</summary>
/// <param name="StackName">Short stack name, e.g. <c>oakfield-primary</c>.</param>
/// <param name="Origin">What to call the source in messages: the stack file path or PULUMI_CONFIG.</param>
/// <param name="Span">Where the config section starts.</param>
/// <param name="Entries">Every key, in source order.</param>
public sealed record ConfigSource(string StackName, string Origin, SourceSpan Span, ImmutableArray<ConfigEntry> Entries)
{
    /// <summary>The Pulumi project name, which is also the config namespace of our keys.</summary>
    public const string Namespace = "schoolinfra";
}
