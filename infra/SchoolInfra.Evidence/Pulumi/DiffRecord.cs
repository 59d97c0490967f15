namespace SchoolInfra.Evidence.Pulumi;

/// <summary>One entry of a step's <c>detailedDiff</c>: the property path, the diff kind, and whether it compares inputs.</summary>
internal sealed record DiffRecord(string Path, string Kind, bool InputDiff)
{
    /// <summary>Kinds ending in <c>-replace</c> mean the next deploy replaces the resource.</summary>
    public bool Replaces => Kind.EndsWith("-replace", StringComparison.Ordinal);
}
