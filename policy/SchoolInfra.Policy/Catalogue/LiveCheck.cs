namespace SchoolInfra.Policy.Catalogue;

/// <summary>
/// A live read that fully covers a control's tenant part (the catalogue's <c>live:</c> list). When every live check a
/// control names has run, its tenant part is judged from that evidence; otherwise the tenant part stays "not yet
/// checked", though drift found on the control's resources still counts against it.
/// </summary>
public enum LiveCheck
{
    /// <summary>
    /// Pulumi's refresh of the resources the pipeline deploys: enough when the control's live part is "the declared
    /// resources are live as declared" (for example a sign-in rule's state and exclusions, a vault's redundancy).
    /// Issue 10 adds tenant reads (Microsoft Graph, Jamf) for everything a refresh cannot see.
    /// </summary>
    Refresh,
}
