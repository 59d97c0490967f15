using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// An Intune compliance or settings-catalog policy and the groups it is assigned to (group ids, or
/// <c>allDevices</c> / <c>allLicensedUsers</c>). Version numbers and timestamps are not kept.
/// </summary>
public sealed record ObservedDevicePolicy(DevicePolicyKind Kind, string Id, string DisplayName, string Platform, int SettingCount,
    ImmutableArray<string> AssignedTo, ImmutableArray<string> ExcludedFrom);
