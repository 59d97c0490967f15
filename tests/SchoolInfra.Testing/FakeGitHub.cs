using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SchoolInfra.Testing;

/// <summary>
/// A fake of the three GitHub REST API calls SchoolInfra makes to read approvals, served on loopback by
/// <see cref="LoopbackServer"/> under <c>/api/v3/</c> (where Octokit looks on a GitHub Enterprise Server address):
/// <c>GET /repos/{owner}/{repo}/commits/{sha}/pulls</c>, <c>/pulls/{number}/reviews</c> and <c>/pulls/{number}/commits</c>.
/// Tests add merged pull requests; every request is logged with the token it carried. Only the fields SchoolInfra
/// reads are filled in, in the API's own names.
/// </summary>
public sealed class FakeGitHub : IAsyncDisposable
{
    public const string Repository = "example-trust/schools";

    private readonly ConcurrentQueue<(string Path, string? Authorization)> _requests = new();
    private readonly List<PullRequest> _pulls = [];
    private LoopbackServer? _host;

    /// <summary>The address to give as <c>GITHUB_API_URL</c>.</summary>
    public Uri Address => _host?.BaseAddress ?? throw new InvalidOperationException("Start the fake first.");

    /// <summary>Answer every request with this status instead (e.g. 401 for a refused token).</summary>
    public int? FailWith { get; set; }

    public IReadOnlyCollection<(string Path, string? Authorization)> Requests => [.. _requests];

    public static async Task<FakeGitHub> StartAsync()
    {
        var fake = new FakeGitHub();
        fake._host = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/api/v3/repos/{owner}/{repo}/commits/{sha}/pulls", (HttpContext http, string owner, string repo, string sha) =>
                fake.Answer(http, owner, repo, () => new JsonArray([.. fake.PullsOf(sha).Select(p => p.ToJson())])));
            app.MapGet("/api/v3/repos/{owner}/{repo}/pulls/{number:int}/reviews", (HttpContext http, string owner, string repo, int number) =>
                fake.Answer(http, owner, repo, () => new JsonArray([.. fake.Pull(number).Reviews.Select((r, i) => r.ToJson(i + 1))])));
            app.MapGet("/api/v3/repos/{owner}/{repo}/pulls/{number:int}/commits", (HttpContext http, string owner, string repo, int number) =>
                fake.Answer(http, owner, repo, () => new JsonArray([.. fake.Pull(number).Commits.Select(c => c.ToJson())])));
        }).ConfigureAwait(false);
        return fake;
    }

    /// <summary>A pull request merged into main: <paramref name="commits"/> are the shas it brought in (the merge commit
    /// among them, when there is one).</summary>
    public PullRequest Merged(int number, string author, string headSha, string mergeCommitSha, DateTimeOffset mergedAt, params string[] commits)
    {
        var pull = new PullRequest(number, author, headSha, mergeCommitSha, mergedAt, [.. commits.Append(mergeCommitSha).Distinct()]);
        lock (_pulls)
        {
            _pulls.Add(pull);
        }

        return pull;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private IResult Answer(HttpContext http, string owner, string repo, Func<JsonNode> body)
    {
        _requests.Enqueue((http.Request.Path.Value ?? string.Empty, http.Request.Headers.Authorization.ToString()));
        if (FailWith is { } status)
        {
            return Results.Json(new JsonObject { ["message"] = "Bad credentials" }, statusCode: status);
        }

        return $"{owner}/{repo}" == Repository ? Results.Text(body().ToJsonString(), "application/json") : Results.NotFound();
    }

    private List<PullRequest> PullsOf(string sha)
    {
        lock (_pulls)
        {
            return [.. _pulls.Where(p => p.Shas.Contains(sha, StringComparer.OrdinalIgnoreCase))];
        }
    }

    private PullRequest Pull(int number)
    {
        lock (_pulls)
        {
            return _pulls.Single(p => p.Number == number);
        }
    }

    /// <summary>A merged pull request in the fake, with its reviews and the authors of its commits.</summary>
    public sealed class PullRequest(int number, string author, string headSha, string mergeCommitSha, DateTimeOffset mergedAt, IReadOnlyList<string> shas)
    {
        public int Number { get; } = number;

        public IReadOnlyList<string> Shas { get; } = shas;

        public string Body { get; set; } = "## What changes and why\n\nRequested-by: <!-- the role that asked for it -->\n";

        public List<Review> Reviews { get; } = [];

        public List<Commit> Commits { get; } = [new Commit(headSha, author)];

        /// <summary>Adds a review (state as the API writes it: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED).</summary>
        public PullRequest Review(string login, DateTimeOffset at, string state = "APPROVED", string? commitId = null)
        {
            Reviews.Add(new Review(login, state, commitId ?? headSha, at));
            return this;
        }

        internal JsonObject ToJson() => new()
        {
            ["id"] = 1000 + Number,
            ["number"] = Number,
            ["state"] = "closed",
            ["title"] = $"Change {Number}",
            ["body"] = Body,
            ["user"] = new JsonObject { ["login"] = author, ["id"] = 1 },
            ["merged_at"] = mergedAt.ToString("O"),
            ["closed_at"] = mergedAt.ToString("O"),
            ["merge_commit_sha"] = mergeCommitSha,
            ["head"] = new JsonObject { ["sha"] = headSha, ["ref"] = $"change-{Number}" },
            ["base"] = new JsonObject { ["sha"] = "0000000000000000000000000000000000000000", ["ref"] = "main" },
        };
    }

    public sealed record Review(string Login, string State, string CommitId, DateTimeOffset At)
    {
        internal JsonObject ToJson(int id) => new()
        {
            ["id"] = id,
            ["user"] = new JsonObject { ["login"] = Login, ["id"] = 2 },
            ["state"] = State,
            ["commit_id"] = CommitId,
            ["submitted_at"] = At.ToString("O"),
            ["body"] = string.Empty,
        };
    }

    public sealed record Commit(string Sha, string? AuthorLogin)
    {
        internal JsonObject ToJson() => new()
        {
            ["sha"] = Sha,
            ["author"] = AuthorLogin is null ? null : new JsonObject { ["login"] = AuthorLogin, ["id"] = 3 },
            ["commit"] = new JsonObject { ["message"] = "change" },
        };
    }
}
