using System.Collections.Immutable;

namespace SchoolInfra.Testing;

/// <summary>One axe-core rule a page breaks, e.g. <c>image-alt</c>, with the CSS selectors of the offending nodes.</summary>
/// <param name="Id">The axe-core rule id, e.g. <c>image-alt</c>.</param>
/// <param name="Impact">minor, moderate, serious or critical (axe-core's scale); null when axe gives none.</param>
/// <param name="Help">axe-core's one-line description of the rule.</param>
/// <param name="Nodes">CSS selectors of the elements that break it.</param>
public sealed record AccessibilityViolation(string Id, string? Impact, string Help, ImmutableArray<string> Nodes)
{
    public bool IsSerious => Impact is "serious" or "critical";
}
