namespace SchoolInfra.Evidence.Drift;

/// <summary>How completely a live resource was read (DESIGN.md "ObservedResource").</summary>
public enum ReadState
{
    /// <summary>Every property the comparison needs was read.</summary>
    Read,

    /// <summary>Some properties could not be read (permissions, paging stopped, throttling); compare what was read and say so.</summary>
    Partial,

    /// <summary>The read failed: whether the resource exists is unknown. Never treated as absent.</summary>
    Unknown,
}
