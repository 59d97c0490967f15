using System.Collections.Immutable;

namespace SchoolInfra.Infra.Formats;

/// <summary>A dictionary; its keys are kept sorted (ordinal), so the written plist is canonical.</summary>
public sealed record PlistDictionary(ImmutableSortedDictionary<string, PlistValue> Entries) : PlistValue
{
    public PlistValue? this[string key] => Entries.GetValueOrDefault(key);

    public bool Equals(PlistDictionary? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Count;
}
