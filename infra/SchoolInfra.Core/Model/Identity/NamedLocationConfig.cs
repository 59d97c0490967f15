using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record NamedLocationConfig : ConfigRecord
{
    [UniqueKey(RefKind.NamedLocation)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string DisplayName { get; init; }

    [Description("Public IP ranges of the school's internet connections, CIDR form.")]
    [Format(ValueFormat.Cidr)]
    public required ImmutableArray<string> IpRanges { get; init; }

    public bool Trusted { get; init; } = true;
}
