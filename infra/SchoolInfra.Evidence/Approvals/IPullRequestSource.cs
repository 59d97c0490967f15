namespace SchoolInfra.Evidence.Approvals;

/// <summary>Where merged pull requests and their reviews are read from: GitHub's API, or a fake in tests.</summary>
public interface IPullRequestSource
{
    /// <summary>
    /// The merged pull request that brought <paramref name="commitSha"/> into the default branch, or null when none did
    /// (a commit pushed straight to the branch).
    /// </summary>
    /// <exception cref="ApprovalReadException">GitHub could not be read (refused, unreachable, or an answer that cannot be understood).</exception>
    Task<MergedPullRequest?> MergedPullRequestOfAsync(string commitSha, CancellationToken cancellationToken = default);
}
