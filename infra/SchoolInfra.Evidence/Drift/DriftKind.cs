namespace SchoolInfra.Evidence.Drift;

/// <summary>What happened to a resource outside the pipeline (DESIGN.md "DriftItem").</summary>
public enum DriftKind
{
    /// <summary>The resource exists but one or more of its settings differ from what the school declared.</summary>
    ChangedOutsidePipeline,

    /// <summary>The resource was declared and deployed, but it is gone from the live system.</summary>
    DeletedOutsidePipeline,

    /// <summary>
    /// The live system has something the school did not declare (for example a sign-in rule made by hand in the
    /// portal). Pulumi's refresh cannot see these; tenant reads (Microsoft Graph, Jamf) can.
    /// </summary>
    Unmanaged,

    /// <summary>
    /// The resource could not be read, so nobody knows whether it drifted. Never "no drift": a failed read counts
    /// against the controls it carries until a later read succeeds.
    /// </summary>
    Unreadable,
}
