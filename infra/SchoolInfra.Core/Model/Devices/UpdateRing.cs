using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>A Windows update ring (DEV-07): deferral + deadline + grace must stay within 14 days.</summary>
public sealed record UpdateRing : ConfigRecord
{
    [UniqueKey(RefKind.UpdateRing)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    [RefersTo(RefKind.DeviceGroup)]
    public required ImmutableArray<string> DeviceGroups { get; init; }

    [Range(0, 30)]
    public int QualityDeferralDays { get; init; }

    [Range(0, 30)]
    public int FeatureDeferralDays { get; init; } = 30;

    [Range(0, 30)]
    public int DeadlineDays { get; init; } = 7;

    [Range(0, 7)]
    public int GraceDays { get; init; } = 2;
}
