namespace SchoolInfra.Evidence.Observe.Jamf;

/// <summary>
/// Where Jamf is and how to sign in. Jamf Pro: an API client (id and secret, exchanged for a token at
/// <c>/api/oauth/token</c>) or a bearer token. Jamf School: the token is <c>networkId:apiKey</c>, sent as Basic.
/// </summary>
public sealed record JamfConnection(Uri BaseUrl, string? Token, string? ClientId, string? ClientSecret)
{
    public bool HasCredentials => Token is { Length: > 0 } || (ClientId is { Length: > 0 } && ClientSecret is { Length: > 0 });

    /// <summary>An address on this server; <paramref name="relative"/> has no leading slash.</summary>
    public Uri Url(string relative) => new(new Uri(BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), relative);

    /// <summary>The record's text without the credentials, so it can never be printed by accident.</summary>
    public override string ToString() => $"Jamf at {BaseUrl.GetLeftPart(UriPartial.Authority)}";
}
