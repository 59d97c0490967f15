using Microsoft.Kiota.Abstractions.Authentication;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// A bearer token given in the environment (SCHOOLINFRA_GRAPH_TOKEN: air-gapped runs and tests). It is sent only to
/// the endpoint it was given for (same scheme, host and port), never to a host a next-page link points elsewhere.
/// </summary>
internal sealed class StaticTokenProvider(string token, Uri endpoint) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([endpoint.Host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(SameOrigin(uri, endpoint) ? token : string.Empty);

    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
