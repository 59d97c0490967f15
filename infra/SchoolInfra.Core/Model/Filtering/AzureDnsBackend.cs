using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>Azure DNS security policy: filters only the school's Azure virtual networks, not devices on site.</summary>
public sealed record AzureDnsBackend : ConfigRecord
{
    [Format(ValueFormat.AzureName)]
    public required string PolicyName { get; init; }

    [Description("Azure resource ids of the virtual networks to link.")]
    public required ImmutableArray<string> VirtualNetworkIds { get; init; }

    [Description("The filtering profile applied to those networks.")]
    [RefersTo(RefKind.FilteringProfile)]
    public required string Profile { get; init; }
}
