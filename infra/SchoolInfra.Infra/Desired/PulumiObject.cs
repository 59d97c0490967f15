using System.Collections.Immutable;

namespace SchoolInfra.Infra.Desired;

/// <summary>An object whose keys keep the order they were added in (templates read top to bottom).</summary>
public sealed record PulumiObject(ImmutableArray<KeyValuePair<string, PulumiValue>> Entries) : PulumiValue
{
    public PulumiValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    public bool Equals(PulumiObject? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Length;
}
