namespace SchoolInfra.Policy.Rules;

/// <summary>
/// How a <see cref="FindingBuilder"/> shows the problems besides the worst one. The two rule families were written
/// with different wording and reports already show it, so each keeps its own until the wording is agreed.
/// </summary>
public enum FurtherProblems
{
    /// <summary>Every problem is an evidence line where it was found; the summary counts the others.</summary>
    InEvidence,

    /// <summary>The summary is the worst problem alone; the others follow the evidence as "Also: …" lines.</summary>
    AsAlsoLines,
}
