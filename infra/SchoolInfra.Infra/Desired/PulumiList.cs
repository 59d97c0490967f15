using System.Collections.Immutable;

namespace SchoolInfra.Infra.Desired;

public sealed record PulumiList(ImmutableArray<PulumiValue> Items) : PulumiValue
{
    public bool Equals(PulumiList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}
