using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Infra.Build.Filtering;

/// <summary>SI32xx: building the filtering backends.</summary>
public static class FilteringBuildDiagnostics
{
    public static Diagnostic GlobalSecureAccessLimits(SourceSpan at, int policies, int rules, int destinations, int profiles) => new(
        "SI3201", Severity.Warning, at,
        $"Filtering needs {policies} web filtering policies, {rules} rules, {destinations} web addresses and {profiles} security profiles in Global Secure Access, more than its documented limits (100, 1000, 8000 and 256).",
        "give exceptions to fewer groups or shorten the block lists: each group with exceptions carries a full copy of its profile's rules.");
}
