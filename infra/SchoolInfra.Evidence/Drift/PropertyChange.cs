namespace SchoolInfra.Evidence.Drift;

/// <summary>How one property differs between the declared and the live side, seen from the live side.</summary>
public enum PropertyChange
{
    /// <summary>Both sides have a value and they differ.</summary>
    Changed,

    /// <summary>The live side has a value the school did not declare (added in the portal).</summary>
    Added,

    /// <summary>The school declared a value the live side no longer has (removed in the portal).</summary>
    Removed,

    /// <summary>
    /// The provider reports a difference but neither side shows a different value (pulumi-contract.md C.6 item 7).
    /// Reports say "the provider reports a change" rather than invent values.
    /// </summary>
    ReportedByProvider,
}
