using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// The beta reads (settings catalog, Global Secure Access), sent through the Graph client's own request adapter, so
/// they go through the same authentication, retry and time limits, to the beta base URL, and read into typed records.
/// </summary>
internal sealed class GraphBetaReader(IRequestAdapter adapter, GraphConnection connection)
{
    private const int MaxPages = 1_000;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = false };

    public Task<ImmutableArray<ObservedDevicePolicy>> SettingsCatalogAsync(ObserveLog log, CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedDevicePolicy>(ObservedArea.SettingsCatalog, log, async (items, ct) =>
        {
            await foreach (var p in PagesAsync<BetaConfigurationPolicy>("deviceManagement/configurationPolicies?$expand=assignments", ct).ConfigureAwait(false))
            {
                var targets = (p.Assignments ?? []).Select(a => a.Target).OfType<BetaAssignmentTarget>().ToList();
                items.Add(new ObservedDevicePolicy(DevicePolicyKind.SettingsCatalog, p.Id ?? string.Empty, p.Name ?? string.Empty, p.Platforms ?? string.Empty,
                    p.SettingCount ?? 0,
                    [.. targets.Where(t => !IsExclusion(t)).Select(Target).OfType<string>()],
                    [.. targets.Where(IsExclusion).Select(t => t.GroupId).OfType<string>()]));
            }
        }, cancellationToken);

    public async Task<(ImmutableArray<ObservedFilteringPolicy> Policies, ImmutableArray<ObservedFilteringProfile> Profiles)> WebFilteringAsync(ObserveLog log, CancellationToken cancellationToken)
    {
        var profiles = ImmutableArray<ObservedFilteringProfile>.Empty;
        var policies = await AreaRunner.ReadAsync<ObservedFilteringPolicy>(ObservedArea.WebFiltering, log, async (items, ct) =>
        {
            await foreach (var p in PagesAsync<BetaFilteringPolicy>("networkAccess/filteringPolicies?$expand=policyRules", ct).ConfigureAwait(false))
            {
                items.Add(new ObservedFilteringPolicy(p.Id ?? string.Empty, p.Name ?? string.Empty, p.Action ?? string.Empty,
                    [.. (p.PolicyRules ?? []).Select(r => new ObservedFilteringRule(r.Name ?? string.Empty, r.RuleType ?? string.Empty,
                        [.. (r.Destinations ?? []).Select(d => d.Value ?? d.Name).OfType<string>()]))]));
            }

            var read = new List<ObservedFilteringProfile>();
            await foreach (var p in PagesAsync<BetaFilteringProfile>("networkAccess/filteringProfiles?$expand=policies($expand=policy)", ct).ConfigureAwait(false))
            {
                read.Add(new ObservedFilteringProfile(p.Id ?? string.Empty, p.Name ?? string.Empty, p.State ?? string.Empty, p.Priority ?? 0,
                    [.. (p.Policies ?? []).Where(l => l.Policy?.Id is not null).Select(l => new ObservedPolicyLink(l.Policy?.Id ?? string.Empty, l.State ?? string.Empty))]));
            }

            profiles = [.. read];
        }, cancellationToken).ConfigureAwait(false);
        return (policies, profiles);
    }

    private async IAsyncEnumerable<T> PagesAsync<T>(string relative, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = new Uri(connection.BaseUrl("beta") + "/" + relative);
        for (var page = 0; page < MaxPages; page++)
        {
            var request = new RequestInformation { HttpMethod = Method.GET, URI = next };
            request.Headers.TryAdd("Accept", "application/json");
            var stream = await adapter.SendPrimitiveAsync<Stream>(request, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("Graph returned no body.");
            BetaPage<T> body;
            await using (stream.ConfigureAwait(false))
            {
                body = await JsonSerializer.DeserializeAsync<BetaPage<T>>(stream, Json, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidDataException("Graph returned null.");
            }

            if (body.Value is null)
            {
                throw new InvalidDataException("The answer has no value list.");
            }

            foreach (var item in body.Value)
            {
                yield return item;
            }

            if (body.NextLink is null)
            {
                yield break;
            }

            next = new Uri(body.NextLink);
        }

        throw new InvalidDataException($"More than {MaxPages} pages.");
    }

    private static bool IsExclusion(BetaAssignmentTarget t) => t.Type?.EndsWith("exclusionGroupAssignmentTarget", StringComparison.Ordinal) ?? false;

    private static string? Target(BetaAssignmentTarget t) => t.Type switch
    {
        { } type when type.EndsWith("allDevicesAssignmentTarget", StringComparison.Ordinal) => "allDevices",
        { } type when type.EndsWith("allLicensedUsersAssignmentTarget", StringComparison.Ordinal) => "allLicensedUsers",
        _ => t.GroupId,
    };
}
