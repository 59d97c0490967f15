using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>A Global Secure Access web filtering policy as declared: its default action and its rules by name.</summary>
public sealed record DeclaredFilteringPolicy(DesiredResource Resource, string Name, string DefaultAction, ImmutableArray<DeclaredFilteringRule> Rules);
