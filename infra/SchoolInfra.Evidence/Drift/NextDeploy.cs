namespace SchoolInfra.Evidence.Drift;

/// <summary>What the next deploy from the pipeline does about a drift item.</summary>
public enum NextDeploy
{
    /// <summary>It sets the changed settings back to the declared values (an in-place update).</summary>
    PutsBack,

    /// <summary>It creates the deleted resource again from the stack file.</summary>
    CreatesAgain,

    /// <summary>It deletes the live resource and creates a new one, because the changed setting cannot be updated in place.</summary>
    Replaces,

    /// <summary>Nothing: the resource is not managed by the pipeline (unmanaged drift), so a person must act.</summary>
    LeavesAlone,

    /// <summary>The source does not say (an unreadable resource, or a source that does not plan deploys).</summary>
    CannotTell,
}
