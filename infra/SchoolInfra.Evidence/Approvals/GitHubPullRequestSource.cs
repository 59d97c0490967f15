using System.Text.RegularExpressions;
using NodaTime;
using Octokit;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>
/// Merged pull requests and their reviews from GitHub's REST API, through Octokit, with the workflow's own token:
/// <c>GET /repos/{owner}/{repo}/commits/{sha}/pulls</c>, <c>/pulls/{number}/reviews</c> and <c>/pulls/{number}/commits</c>.
/// It only reads (the token needs <c>contents: read</c> and <c>pull-requests: read</c>), and reads each pull request once.
/// </summary>
public sealed partial class GitHubPullRequestSource : IPullRequestSource
{
    private readonly IGitHubClient _client;
    private readonly string _owner;
    private readonly string _name;
    private readonly string _branch;
    private readonly Dictionary<int, MergedPullRequest> _read = [];

    /// <param name="client">An Octokit client with credentials.</param>
    /// <param name="repository"><c>owner/name</c>, as in <c>GITHUB_REPOSITORY</c>.</param>
    /// <param name="defaultBranch">The branch that pull requests are merged into.</param>
    public GitHubPullRequestSource(IGitHubClient client, string repository, string defaultBranch = "main")
    {
        ArgumentNullException.ThrowIfNull(client);
        (_owner, _name) = SplitRepository(repository);
        _client = client;
        _branch = defaultBranch;
    }

    /// <summary>A source signed in with <paramref name="token"/>. <paramref name="apiUrl"/> is GitHub's API address
    /// (<c>GITHUB_API_URL</c>); null, or api.github.com, for github.com. Another host is treated as GitHub Enterprise
    /// Server, whose API Octokit finds under <c>/api/v3/</c>.</summary>
    public static GitHubPullRequestSource Connect(string token, string repository, Uri? apiUrl = null, string defaultBranch = "main")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var product = new ProductHeaderValue("schoolinfra");
        var client = apiUrl is null || apiUrl.Host is "api.github.com" or "github.com"
            ? new GitHubClient(product)
            : new GitHubClient(product, new Uri(apiUrl.GetLeftPart(UriPartial.Authority) + "/"));
        client.Credentials = new Credentials(token);
        return new GitHubPullRequestSource(client, repository, defaultBranch);
    }

    /// <summary>Whether <c>owner/name</c> is written the way GitHub names repositories.</summary>
    public static bool IsRepositoryName(string repository) => RepositoryPattern().IsMatch(repository);

    public async Task<MergedPullRequest?> MergedPullRequestOfAsync(string commitSha, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var pulls = await _client.Repository.Commit.PullRequests(_owner, _name, commitSha).ConfigureAwait(false);
            var merged = pulls
                .Where(p => p.MergedAt is not null && string.Equals(p.Base?.Ref, _branch, StringComparison.Ordinal))
                .OrderBy(p => p.MergedAt)
                .FirstOrDefault();
            if (merged is null)
            {
                return null;
            }

            if (_read.TryGetValue(merged.Number, out var known))
            {
                return known;
            }

            var reviews = await _client.PullRequest.Review.GetAll(_owner, _name, merged.Number).ConfigureAwait(false);
            var commits = await _client.PullRequest.Commits(_owner, _name, merged.Number).ConfigureAwait(false);
            var result = new MergedPullRequest(
                merged.Number,
                merged.User?.Login ?? throw new ApprovalReadException($"GitHub did not say who opened pull request #{merged.Number}."),
                merged.Head?.Sha ?? throw new ApprovalReadException($"GitHub did not say which commit pull request #{merged.Number} ended with."),
                merged.MergeCommitSha,
                Instant.FromDateTimeOffset(merged.MergedAt!.Value),
                [.. commits.Select(c => c.Author?.Login).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
                [.. reviews.Where(r => r.User?.Login is not null && r.CommitId is not null).Select(ToReview)],
                RequestedBy(merged.Body));
            _read[merged.Number] = result;
            return result;
        }
        catch (ApiException e)
        {
            throw new ApprovalReadException($"GitHub refused to list the reviews (HTTP {(int)e.StatusCode}): the token needs pull-requests: read and contents: read.", e);
        }
        catch (HttpRequestException e)
        {
            throw new ApprovalReadException("GitHub could not be reached to read the reviews.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ApprovalReadException("GitHub did not answer in time.", e);
        }
    }

    private static PullRequestReview ToReview(Octokit.PullRequestReview review) => new(
        review.User.Login,
        review.State.StringValue?.ToUpperInvariant() switch
        {
            "APPROVED" => ReviewState.Approved,
            "CHANGES_REQUESTED" => ReviewState.ChangesRequested,
            "DISMISSED" => ReviewState.Dismissed,
            "PENDING" => ReviewState.Pending,
            _ => ReviewState.Commented,
        },
        review.CommitId,
        Instant.FromDateTimeOffset(review.SubmittedAt));

    /// <summary>The <c>Requested-by:</c> line of the pull request template, without the template's own hint comment.</summary>
    private static string? RequestedBy(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var match = RequestedByLine().Match(HtmlComment().Replace(body, string.Empty));
        return match.Success && match.Groups["value"].Value.Trim() is { Length: > 0 } value ? value : null;
    }

    private static (string Owner, string Name) SplitRepository(string repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (!IsRepositoryName(repository))
        {
            throw new ArgumentException($"\"{repository}\" is not a GitHub repository written as owner/name.", nameof(repository));
        }

        var slash = repository.IndexOf('/', StringComparison.Ordinal);
        return (repository[..slash], repository[(slash + 1)..]);
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^\s*Requested-by:[ \t]*(?<value>[^\r\n]*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex RequestedByLine();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();
}
