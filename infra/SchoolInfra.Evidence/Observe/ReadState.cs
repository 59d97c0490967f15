namespace SchoolInfra.Evidence.Observe;

/// <summary>How completely an area was read. Only <see cref="Complete"/> may ever support "no drift" or "met".</summary>
public enum ReadState
{
    /// <summary>Every page was read.</summary>
    Complete,

    /// <summary>Some pages were read, then the read failed: what is there is true, what is missing is unknown.</summary>
    Partial,

    /// <summary>Nothing could be read (no permission, throttled past the limit, timed out, unreadable answer).</summary>
    Unknown,

    /// <summary>The school does not use this (no Jamf Pro, no Global Secure Access): nothing to read.</summary>
    NotUsed,
}
