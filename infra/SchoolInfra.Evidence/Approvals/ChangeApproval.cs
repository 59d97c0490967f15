using System.Collections.Immutable;
using SchoolInfra.Evidence.History;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>One change to a school's files and the evidence of who approved it.</summary>
/// <param name="Commit">The commit on the default branch that changed the files.</param>
/// <param name="PullRequest">The merged pull request it came in; null when it was pushed straight to the branch (or
/// when approvals were not checked).</param>
/// <param name="Approvers">Who approved the merged version on GitHub, each with the roles they held that day.</param>
/// <param name="Authors">The GitHub users who opened the pull request or wrote its commits.</param>
/// <param name="RequestedBy">Who asked for the change, in the pull request's own words (its <c>Requested-by:</c> line).</param>
/// <param name="Claimed">The <c>Approved-by:</c> lines typed into the commit message: claimed, not verified, never counted.</param>
public sealed record ChangeApproval(
    GitChange Commit,
    int? PullRequest,
    ImmutableArray<Approver> Approvers,
    ImmutableArray<string> Authors,
    string? RequestedBy,
    ImmutableArray<string> Claimed)
{
    /// <summary>Whether <paramref name="login"/> opened the pull request or wrote one of its commits.</summary>
    public bool IsAuthor(string login) => Authors.Contains(login, StringComparer.OrdinalIgnoreCase);
}
