using NodaTime;

namespace SchoolInfra.Evidence.Provenance;

/// <summary>
/// One source of evidence behind a result: its origin, when it was true (the record's date, the refresh or read
/// time, the approval time; null for declared settings, which are true "as of the file"), and a plain-English
/// description a governor can read ("Pulumi refresh of 5 December 2026", "restore test record of 21 October 2026").
/// Never a secret, a token or a pupil's name.
/// </summary>
/// <param name="Origin">Declared, recorded, observed live or approved on GitHub.</param>
/// <param name="Description">What the evidence is, in plain words, without internal keys.</param>
/// <param name="At">When it was observed, recorded or approved; null for declared settings.</param>
public sealed record EvidenceSource(EvidenceOrigin Origin, string Description, Instant? At = null)
{
    public static EvidenceSource Declared(string description) => new(EvidenceOrigin.Declared, description);

    /// <summary>Only live observations and GitHub approvals count as checked; declared and recorded do not.</summary>
    public bool IsChecked => Origin is EvidenceOrigin.ObservedLive or EvidenceOrigin.ApprovedOnGitHub;
}
