using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// A Jamf configuration profile: its name, the payload types it carries, its settings (every key of every payload
/// but the Payload* bookkeeping keys that Jamf rewrites, as <c>PayloadType.key</c> → value) and the device groups it
/// is scoped to. The payload text itself is not stored.
/// </summary>
public sealed record ObservedJamfProfile(string Id, string Name, ImmutableArray<string> PayloadTypes,
    ImmutableSortedDictionary<string, string> Settings, ImmutableArray<string> ScopeGroups);
