namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// One property that differs between what the school declared and what the live system has.
/// </summary>
/// <param name="Path">The property path as Pulumi writes it, e.g. <c>state</c>,
/// <c>properties.securitySettings.softDeleteSettings.softDeleteState</c> or <c>ip.ipRanges[1]</c>.</param>
/// <param name="Change">Changed, added or removed on the live side, or reported by the provider without a visible value.</param>
/// <param name="Declared">The declared value (what the next deploy puts back).</param>
/// <param name="Live">The live value.</param>
public sealed record PropertyDrift(string Path, PropertyChange Change, DriftValue Declared, DriftValue Live);
