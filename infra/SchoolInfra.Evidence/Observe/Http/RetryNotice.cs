namespace SchoolInfra.Evidence.Observe.Http;

/// <summary>One retry: the request path (no query, so no filter values), what went wrong, the wait and which retry it is.</summary>
/// <param name="Path">The request's path, e.g. <c>/v1.0/identity/conditionalAccess/policies</c>.</param>
/// <param name="Reason">The status code (429, 503, 504) or "timeout" or "network".</param>
/// <param name="Delay">How long the read waits before trying again.</param>
/// <param name="FromRetryAfter">Whether the delay came from the answer's Retry-After header.</param>
/// <param name="Attempt">1 for the first retry.</param>
public sealed record RetryNotice(string Path, string Reason, TimeSpan Delay, bool FromRetryAfter, int Attempt);
