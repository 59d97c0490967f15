using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>A Jamf Pro configuration profile as declared: its name and its settings read from the declared payload.</summary>
public sealed record DeclaredJamfProfile(DesiredResource Resource, string Name, ImmutableSortedDictionary<string, string> Settings);
