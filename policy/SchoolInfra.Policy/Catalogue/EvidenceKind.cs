namespace SchoolInfra.Policy.Catalogue;

/// <summary>Where a control's rule looks (reference/controls.md section 1).</summary>
public enum EvidenceKind
{
    /// <summary>The stack file and the desired state built from it; checked on every pull request.</summary>
    Config,
    /// <summary>Observed state of the live systems; without it the status is "no evidence", never "met".</summary>
    Tenant,
    /// <summary>Dated evidence files in schools/&lt;stack&gt;/records/.</summary>
    Record,
}
