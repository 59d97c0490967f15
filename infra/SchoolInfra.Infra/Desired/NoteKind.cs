namespace SchoolInfra.Infra.Desired;

public enum NoteKind
{
    /// <summary>A requirement one backend cannot enforce, covered by another declared backend.</summary>
    Delegated,
    /// <summary>A requirement no provider can deploy, so drift detection checks it instead.</summary>
    CheckedNotDeployed,
    /// <summary>Something declared that was deliberately left out of the template (e.g. an expired exception).</summary>
    LeftOut,
}
