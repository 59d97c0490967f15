using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>One rule of a declared web filtering policy: allow or block, and its destinations (FQDNs or categories, sorted, lower case).</summary>
public sealed record DeclaredFilteringRule(DesiredResource Resource, string Name, string Action, ImmutableArray<string> Destinations);
