namespace SchoolInfra.Reports.Tests;

/// <summary>Which live evidence the example school's report is judged on.</summary>
public enum ExampleLive
{
    /// <summary>No drift check: every live part reads "not yet checked".</summary>
    None,

    /// <summary>The saved drift check (schools/oakfield-primary/live/drift.json), as <c>report</c> reads it by default.</summary>
    SavedDrift,

    /// <summary>
    /// The saved drift check plus the example's tenant snapshot (schools/oakfield-primary/live/tenant.json) compared with the
    /// school's settings through the drift model: the extra items a live read adds (an extra Global Administrator, a
    /// sign-in rule made in the portal, an emergency account's sign-in).
    /// </summary>
    SavedDriftAndTenant,
}
