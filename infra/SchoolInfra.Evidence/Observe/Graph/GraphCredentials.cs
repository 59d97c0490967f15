using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Azure.Core;
using Azure.Identity;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// How observe signs in to Graph, without any secret in the repository: in CI, workload identity federation (a
/// federated token file, or GitHub Actions' own OIDC token exchanged for an Entra token; AZURE_CLIENT_ID and
/// AZURE_TENANT_ID name the app registration); locally, the developer's Azure CLI sign-in (az login).
/// </summary>
public static class GraphCredentials
{
    /// <summary>The audience Entra expects on a federated GitHub token.</summary>
    public const string FederationAudience = "api://AzureADTokenExchange";

    public static TokenCredential Choose(Func<string, string?> environment)
    {
        var clientId = environment("AZURE_CLIENT_ID");
        var tenantId = environment("AZURE_TENANT_ID");
        if (environment("AZURE_FEDERATED_TOKEN_FILE") is { Length: > 0 } file && clientId is { Length: > 0 } && tenantId is { Length: > 0 })
        {
            return new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions { ClientId = clientId, TenantId = tenantId, TokenFilePath = file });
        }

        if (environment("ACTIONS_ID_TOKEN_REQUEST_URL") is { Length: > 0 } url && environment("ACTIONS_ID_TOKEN_REQUEST_TOKEN") is { Length: > 0 } requestToken
            && clientId is { Length: > 0 } && tenantId is { Length: > 0 })
        {
            return new ClientAssertionCredential(tenantId, clientId, ct => GitHubTokenAsync(url, requestToken, ct));
        }

        return new AzureCliCredential(new AzureCliCredentialOptions { TenantId = tenantId is { Length: > 0 } ? tenantId : null });
    }

    /// <summary>GitHub Actions' OIDC token for the job (permissions: id-token: write), with Entra's federation audience.</summary>
    private static async Task<string> GitHubTokenAsync(string url, string requestToken, CancellationToken ct)
    {
        using var http = new HttpClient();
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{url}{separator}audience={Uri.EscapeDataString(FederationAudience)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", requestToken);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<GitHubToken>(ct).ConfigureAwait(false);
        return answer?.Value ?? throw new InvalidDataException("GitHub returned no OIDC token.");
    }

    private sealed record GitHubToken([property: JsonPropertyName("value")] string? Value);
}
