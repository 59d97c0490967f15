using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>A pull request merged into the default branch: who opened it, who wrote its commits, and its reviews.</summary>
/// <param name="Number">The pull request's number.</param>
/// <param name="AuthorLogin">Who opened it (GitHub user name).</param>
/// <param name="HeadSha">The last commit of its branch: the version that was merged.</param>
/// <param name="MergeCommitSha">The commit it became on the default branch, when GitHub reports it.</param>
/// <param name="MergedAt">When it was merged.</param>
/// <param name="CommitAuthorLogins">The GitHub users who wrote its commits (those GitHub could match to an account).</param>
/// <param name="Reviews">Every review, in the order given.</param>
/// <param name="RequestedBy">The <c>Requested-by:</c> line of its description (the pull request template), if any:
/// the role that asked for the change, in the requester's words.</param>
public sealed record MergedPullRequest(
    int Number,
    string AuthorLogin,
    string HeadSha,
    string? MergeCommitSha,
    Instant MergedAt,
    ImmutableArray<string> CommitAuthorLogins,
    ImmutableArray<PullRequestReview> Reviews,
    string? RequestedBy)
{
    /// <summary>
    /// The reviews that approved the version that was merged: each reviewer's last approving or rejecting word was an
    /// approval, given before the merge, of the branch's last commit. An approval of an earlier push does not count
    /// (GitHub's "dismiss stale approvals" may be off), nor one withdrawn by a later request for changes or a dismissal.
    /// </summary>
    public ImmutableArray<PullRequestReview> ApprovalsOfMergedVersion() =>
    [
        .. Reviews
            .Where(r => r.SubmittedAt <= MergedAt && r.State is ReviewState.Approved or ReviewState.ChangesRequested or ReviewState.Dismissed)
            .GroupBy(r => r.Login, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(r => r.SubmittedAt).Last())
            .Where(r => r.State == ReviewState.Approved && string.Equals(r.CommitId, HeadSha, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.SubmittedAt)
            .ThenBy(r => r.Login, StringComparer.Ordinal),
    ];
}
