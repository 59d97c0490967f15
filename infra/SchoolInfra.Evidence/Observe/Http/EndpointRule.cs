using System.Net;

namespace SchoolInfra.Evidence.Observe.Http;

/// <summary>
/// Which endpoints a live read may talk to: https anywhere, plain http only on a loopback address (a test server or
/// a local proxy), since a bearer token travels with every request.
/// </summary>
public static class EndpointRule
{
    /// <summary>The endpoint as an absolute URI, or null when it is not an absolute http(s) address or is plain http off loopback.</summary>
    public static Uri? Accept(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)) ? uri : null;
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
