using System.Collections.Immutable;

namespace SchoolInfra.Infra.Formats;

public sealed record PlistArray(ImmutableArray<PlistValue> Items) : PlistValue
{
    public bool Equals(PlistArray? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}
