using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>One change to the school's files.</summary>
/// <param name="Date">When it was made, e.g. "2 Nov 2026".</param>
/// <param name="Commit">Its short commit id, so the IT provider can find it.</param>
/// <param name="Approval">"Approved by the headteacher (Mrs H. Ashcombe)." or "No approval is recorded."</param>
/// <param name="IsApproved">A named approver approved it, and it was not their own change.</param>
/// <param name="Changes">What it changed, one sentence each.</param>
/// <param name="Risks">The risk flags it raised, e.g. "Filtering loosened"; empty when none.</param>
public sealed record ChangeEntry(string Date, string Commit, string Approval, bool IsApproved, ImmutableArray<string> Changes, string Risks);
