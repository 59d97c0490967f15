namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// What the engine and the Terraform bridge write into state that is never a setting (pulumi-contract.md C.6 items
/// 2-4 and 11): readers drop these before comparing, so they can never show as drift.
/// </summary>
public static class DriftBookkeeping
{
    /// <summary>The bridge's list of defaulted inputs, also inside nested list elements (<c>ingress[0].__defaults</c>).</summary>
    public const string Defaults = "__defaults";

    /// <summary>The engine's provider bookkeeping (plugin version, parameterization) inside provider inputs.</summary>
    public const string Internal = "__internal";

    /// <summary>Whether a property name is bookkeeping.</summary>
    public static bool IsBookkeepingName(string name) => name is Defaults or Internal;

    /// <summary>Whether a property path names bookkeeping anywhere along it.</summary>
    public static bool IsBookkeepingPath(string path) =>
        path.Contains("__", StringComparison.Ordinal) && PropertyPaths.Names(path).Any(IsBookkeepingName);
}
