namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// A named rule that absorbs property differences the clouds make by themselves (ids, timestamps, etags, labels),
/// with the reason a governor could read. Rules live in one place (<see cref="DriftIgnoreRules"/>); a school can
/// switch a built-in rule off or add its own in its stack file (<c>schoolinfra:drift</c>).
/// </summary>
/// <param name="Name">A stable kebab-case name, e.g. <c>azure-etag</c>.</param>
/// <param name="Reason">Why ignoring it is safe, in plain English.</param>
/// <param name="Types">The type tokens it applies to: an exact token, a package followed by <c>:*</c>
/// (<c>azure-native:*</c>), or <c>*</c> for every type.</param>
/// <param name="Path">The property it absorbs: a path such as <c>tags</c> (the property and everything below it:
/// <c>tags.CostCentre</c>, <c>tags["a b"]</c>), or <c>*.name</c> for a property of that name at any depth.</param>
/// <param name="OnlyAdded">When true, only values added on the live side are absorbed; a declared value that was
/// changed or removed is still drift.</param>
public sealed record DriftIgnoreRule(string Name, string Reason, string Types, string Path, bool OnlyAdded = false)
{
    /// <summary>Whether the rule absorbs this difference on a resource of type <paramref name="type"/>.</summary>
    public bool Absorbs(string type, PropertyDrift property)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(property);
        if (OnlyAdded && property.Change != PropertyChange.Added)
        {
            return false;
        }

        return MatchesType(type) && MatchesPath(property.Path);
    }

    private bool MatchesType(string type) =>
        Types == "*"
        || (Types.EndsWith(":*", StringComparison.Ordinal) && type.AsSpan().StartsWith(Types.AsSpan(0, Types.Length - 1), StringComparison.Ordinal))
        || string.Equals(Types, type, StringComparison.Ordinal);

    private bool MatchesPath(string path)
    {
        if (Path.StartsWith("*.", StringComparison.Ordinal))
        {
            // Without escapes every name in a path is written out in it, so a path that does not contain the name
            // cannot match; this spares splitting every path against every rule.
            var name = Path.AsSpan(2);
            if (!path.Contains('\\', StringComparison.Ordinal) && !path.AsSpan().Contains(name, StringComparison.Ordinal))
            {
                return false;
            }

            return PropertyPaths.Names(path).Contains(Path[2..], StringComparer.Ordinal);
        }

        return path == Path
            || (path.Length > Path.Length && path.StartsWith(Path, StringComparison.Ordinal) && path[Path.Length] is '.' or '[');
    }
}
