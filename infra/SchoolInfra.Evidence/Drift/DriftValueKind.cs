namespace SchoolInfra.Evidence.Drift;

/// <summary>What a <see cref="DriftValue"/> holds.</summary>
public enum DriftValueKind
{
    /// <summary>A value that can be shown, as canonical JSON.</summary>
    Known,

    /// <summary>No value on this side (the property is not set).</summary>
    Absent,

    /// <summary>A secret: the value is never read, copied or shown.</summary>
    Secret,

    /// <summary>A preview unknown: the value is only known after the next deploy.</summary>
    KnownAfterDeploy,
}
