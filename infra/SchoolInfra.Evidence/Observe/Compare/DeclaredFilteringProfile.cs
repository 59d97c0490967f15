using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>A Global Secure Access security profile as declared: state and priority.</summary>
public sealed record DeclaredFilteringProfile(DesiredResource Resource, string Name, string State, long Priority);
