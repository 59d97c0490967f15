using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace SchoolInfra.Evidence.Observe.Jamf;

/// <summary>
/// Reads Jamf School's profiles (<c>GET /api/profiles</c>, Basic authentication with the network id and API key).
/// Jamf School profiles cannot be deployed from the stack file, so only their names, identifiers and platforms are
/// kept. Field names follow the jamfschool provider's profile data source; the list wrapper (<c>profiles</c>) is
/// unverified against a live server.
/// </summary>
internal sealed class JamfSchoolReader(HttpClient http, JamfConnection connection)
{
    public Task<ImmutableArray<ObservedJamfProfile>> ProfilesAsync(ObserveLog log, CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedJamfProfile>(ObservedArea.JamfProfiles, log, async (items, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, connection.Url("api/profiles"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Add("X-Server-Protocol-Version", "3");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(connection.Token ?? string.Empty)));
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<ProfileList>(ct).ConfigureAwait(false);
            var profiles = body?.Profiles ?? throw new InvalidDataException("The answer has no profiles list.");
            items.AddRange(profiles.Select(p => new ObservedJamfProfile(p.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                p.Name ?? string.Empty, [p.Platform ?? "unknown"], ImmutableSortedDictionary<string, string>.Empty.Add("identifier", p.Identifier ?? string.Empty), [])));
        }, cancellationToken);

    private sealed record ProfileList([property: JsonPropertyName("profiles")] List<Profile>? Profiles);

    private sealed record Profile(
        [property: JsonPropertyName("id")] long? Id,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("identifier")] string? Identifier,
        [property: JsonPropertyName("platform")] string? Platform);
}
