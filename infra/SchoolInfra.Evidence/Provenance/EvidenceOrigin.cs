namespace SchoolInfra.Evidence.Provenance;

/// <summary>
/// Where a piece of evidence came from. "Declared is not checked": only <see cref="ObservedLive"/> says what the
/// live systems do, and only <see cref="ApprovedOnGitHub"/> proves who approved a change.
/// </summary>
public enum EvidenceOrigin
{
    /// <summary>The school's stack file (and the desired state built from it): what the school says it wants.</summary>
    Declared,

    /// <summary>A dated record in schools/&lt;stack&gt;/records/: what someone at the school wrote down.</summary>
    Recorded,

    /// <summary>Read from the live systems: Pulumi's refresh, Microsoft Graph or Jamf, at a known time.</summary>
    ObservedLive,

    /// <summary>A pull-request review on GitHub by a named person holding a school role on that day.</summary>
    ApprovedOnGitHub,
}
