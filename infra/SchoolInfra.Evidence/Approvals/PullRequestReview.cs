using NodaTime;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>One review of a pull request on GitHub, as the API reports it.</summary>
/// <param name="Login">The reviewer's GitHub user name.</param>
/// <param name="State">What the review said.</param>
/// <param name="CommitId">The commit the reviewer looked at (the pull request's head when they reviewed).</param>
/// <param name="SubmittedAt">When the review was given.</param>
public sealed record PullRequestReview(string Login, ReviewState State, string CommitId, Instant SubmittedAt);
