using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>
/// Who approved each change to a school's files over a period, read from the pull requests' reviews on GitHub. When
/// GitHub was not read (no token, or it could not be reached) <see cref="Checked"/> is false and the changes carry only
/// what git says: nothing then counts as approved.
/// </summary>
/// <param name="Checked">Whether the reviews were read from GitHub for every change listed.</param>
/// <param name="NotCheckedBecause">Why not, in plain words; null when checked.</param>
/// <param name="Since">The first day counted (UK date).</param>
/// <param name="Until">The last day counted (UK date).</param>
/// <param name="Changes">The changes to the school's files committed in the period, oldest first.</param>
public sealed record ApprovalEvidence(bool Checked, string? NotCheckedBecause, LocalDate Since, LocalDate Until, ImmutableArray<ChangeApproval> Changes)
{
    /// <summary>No history at all: validate run outside a repository, or a test.</summary>
    public static ApprovalEvidence NotRead(string because, LocalDate today) => new(false, because, today, today, []);

    public ChangeApproval? For(string commitSha) => Changes.FirstOrDefault(c => string.Equals(c.Commit.Sha, commitSha, StringComparison.OrdinalIgnoreCase));
}
