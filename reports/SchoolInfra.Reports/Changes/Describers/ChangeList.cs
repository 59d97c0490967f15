using System.Collections.Immutable;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Collects the changes the domain describers find, in the order they find them.</summary>
internal sealed class ChangeList
{
    private readonly List<ConfigChange> _changes = [];

    public void Add(ChangeArea area, string text, string[] controls, params RiskFlag[] risks) =>
        _changes.Add(new ConfigChange(area, text, [.. controls.Distinct().Order(StringComparer.Ordinal)], [.. risks.Distinct()]));

    public ImmutableArray<ConfigChange> ToArray() => [.. _changes];
}
