using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Xml;
using System.Xml.Linq;

namespace SchoolInfra.Evidence.Observe.Jamf;

/// <summary>
/// Reads Jamf Pro, read-only: mobile device configuration profiles from the Classic API (XML; the payload is a plist
/// inside the XML) and PreStage enrolments from the Jamf Pro API (<c>{totalCount, results}</c>, paged).
/// </summary>
internal sealed class JamfProReader(HttpClient http, JamfConnection connection)
{
    private const int PageSize = 100;
    private const int MaxPages = 1_000;
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 16_000_000 };

    private string? _token;

    public Task<ImmutableArray<ObservedJamfProfile>> ProfilesAsync(ObserveLog log, CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedJamfProfile>(ObservedArea.JamfProfiles, log, async (items, ct) =>
        {
            var list = await XmlAsync("JSSResource/mobiledeviceconfigurationprofiles", ct).ConfigureAwait(false);
            var ids = list.Elements("configuration_profile").Select(p => p.Element("id")?.Value).OfType<string>().ToList();
            foreach (var id in ids)
            {
                var profile = await XmlAsync($"JSSResource/mobiledeviceconfigurationprofiles/id/{Uri.EscapeDataString(id)}", ct).ConfigureAwait(false);
                var general = profile.Element("general") ?? throw new InvalidDataException("A profile has no general section.");
                var (types, settings) = PlistSettings.Read(general.Element("payloads")?.Value ?? throw new InvalidDataException("A profile has no payloads."));
                var groups = profile.Element("scope")?.Element("mobile_device_groups")?.Elements("mobile_device_group")
                    .Select(g => g.Element("name")?.Value).OfType<string>() ?? [];
                items.Add(new ObservedJamfProfile(id, general.Element("name")?.Value ?? string.Empty, types, settings, [.. groups]));
            }
        }, cancellationToken);

    public Task<ImmutableArray<ObservedJamfPrestage>> PrestagesAsync(ObserveLog log, CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedJamfPrestage>(ObservedArea.JamfPrestages, log, async (items, ct) =>
        {
            for (var page = 0; page < MaxPages; page++)
            {
                using var request = await RequestAsync($"api/v3/mobile-device-prestages?page={page}&page-size={PageSize}&sort=id%3Aasc", "application/json", ct).ConfigureAwait(false);
                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<PrestagePage>(ct).ConfigureAwait(false)
                    ?? throw new InvalidDataException("Jamf returned no body.");
                var results = body.Results ?? throw new InvalidDataException("The answer has no results list.");
                items.AddRange(results.Select(p => new ObservedJamfPrestage(p.Id ?? string.Empty, p.DisplayName ?? string.Empty,
                    p.Supervised ?? false, p.Mandatory ?? false, p.MdmRemovable ?? true)));
                if (results.Count == 0 || items.Count >= body.TotalCount)
                {
                    return;
                }
            }

            throw new InvalidDataException($"More than {MaxPages} pages.");
        }, cancellationToken);

    private async Task<XElement> XmlAsync(string relative, CancellationToken ct)
    {
        using var request = await RequestAsync(relative, "application/xml", ct).ConfigureAwait(false);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = XmlReader.Create(stream, Safe);
            return XDocument.Load(reader).Root ?? throw new InvalidDataException("Jamf returned an empty document.");
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(string relative, string accept, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, connection.Url(relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
        return request;
    }

    /// <summary>The bearer token: given, or exchanged once for the API client's credentials (client_credentials grant).</summary>
    private async Task<string> TokenAsync(CancellationToken ct)
    {
        if (connection.Token is { Length: > 0 } given)
        {
            return given;
        }

        if (_token is not null)
        {
            return _token;
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = connection.ClientId ?? string.Empty,
            ["client_secret"] = connection.ClientSecret ?? string.Empty,
            ["grant_type"] = "client_credentials",
        });
        using var response = await http.PostAsync(connection.Url("api/oauth/token"), form, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenAnswer>(ct).ConfigureAwait(false);
        return _token = token?.AccessToken is { Length: > 0 } access ? access : throw new InvalidDataException("Jamf returned no access token.");
    }

    private sealed record TokenAnswer([property: JsonPropertyName("access_token")] string? AccessToken);

    private sealed record PrestagePage(
        [property: JsonPropertyName("totalCount")] int TotalCount,
        [property: JsonPropertyName("results")] List<Prestage>? Results);

    private sealed record Prestage(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("displayName")] string? DisplayName,
        [property: JsonPropertyName("supervised")] bool? Supervised,
        [property: JsonPropertyName("mandatory")] bool? Mandatory,
        [property: JsonPropertyName("mdmRemovable")] bool? MdmRemovable);
}
