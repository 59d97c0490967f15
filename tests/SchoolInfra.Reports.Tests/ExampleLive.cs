namespace SchoolInfra.Reports.Tests;

/// <summary>Which live evidence the example school's report is judged on.</summary>
public enum ExampleLive
{
    /// <summary>No drift check and no tenant read: every live part reads "not yet checked".</summary>
    None,

    /// <summary>
    /// The saved drift check (schools/oakfield-primary/live/drift.json) and the saved tenant read (live/tenant.json) as
    /// evidence for the rules, as <c>report</c> reads them by default.
    /// </summary>
    SavedDrift,

    /// <summary>
    /// As <see cref="SavedDrift"/>, with the tenant read also compared with the school's settings through the drift model,
    /// as the report workflow's drift check (refresh and tenant read together) hands it to <c>report</c>: the extra items a live read adds (an extra Global Administrator, a
    /// sign-in rule made in the portal, an emergency account's sign-in).
    /// </summary>
    SavedDriftAndTenant,
}
