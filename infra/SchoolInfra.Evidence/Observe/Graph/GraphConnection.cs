using Azure.Core;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// Where Graph is and how to sign in: the endpoint root (https://graph.microsoft.com, a national cloud, a proxy or a
/// loopback test server) and either a bearer token from the environment or an Azure.Identity credential.
/// </summary>
public sealed record GraphConnection(Uri Endpoint, string? Token, TokenCredential? Credential)
{
    public static readonly Uri Global = new("https://graph.microsoft.com/");

    /// <summary>The endpoint with its version path, e.g. https://graph.microsoft.com/v1.0.</summary>
    public string BaseUrl(string version) => $"{Endpoint.GetLeftPart(UriPartial.Authority)}{Endpoint.AbsolutePath.TrimEnd('/')}/{version}";

    /// <summary>The token scope for this cloud: its origin plus /.default (app permissions granted to the app registration).</summary>
    public string Scope => $"{Endpoint.GetLeftPart(UriPartial.Authority)}/.default";
}
