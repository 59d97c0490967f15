using System.Collections.Immutable;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Evidence.Observe.Jamf;
using SchoolInfra.Evidence.Observe.Snapshot;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// The Observe stage: reads the live tenant (Graph) and Jamf, read-only, into one normalised snapshot. The only stage
/// that talks to the outside. Checks first that the tenant is the school's (its verified domains include the declared
/// tenant domain); a read of another tenant gives no snapshot at all.
/// </summary>
public static class TenantObserver
{
    public static async Task<ObserveResult> ObserveAsync(ObserveRequest request, CancellationToken cancellationToken = default)
    {
        var limits = request.Limits;
        var readAt = request.Clock.GetCurrentInstant();
        var deadline = limits.Time.GetUtcNow() + limits.TotalTime;
        using var total = new CancellationTokenSource(limits.TotalTime, limits.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(total.Token, cancellationToken);
        var ct = linked.Token;
        var withProgress = limits with { OnRetry = Both(limits.OnRetry, request.Progress is { } p ? p.Retrying : null) };
        var log = new ObserveLog(request.Progress);

        using var graphClient = GraphClientBuilder.Create(request.Graph, new ResilientReadHandler(withProgress, deadline), Transport(request));
        var graph = new GraphObserver(graphClient, new GraphBetaReader(graphClient.RequestAdapter, request.Graph), request.Plan, log, readAt);
        var (tenantId, wrongTenant) = await graph.TenantAsync(ct).ConfigureAwait(false);
        if (wrongTenant)
        {
            return new ObserveResult(null, [.. log.Diagnostics, ObserveDiagnostics.WrongTenant(request.Plan.TenantDomain)]);
        }

        using var jamfHttp = new HttpClient(new ResilientReadHandler(withProgress, deadline) { InnerHandler = Transport(request) }) { Timeout = Timeout.InfiniteTimeSpan };
        var jamf = ReadJamfAsync(request, jamfHttp, log, ct);
        var reads = await graph.ReadAsync(limits.MaxParallelReads, ct).ConfigureAwait(false);
        var (profiles, prestages) = await jamf.ConfigureAwait(false);
        var snapshot = SnapshotNormaliser.Normalise(new TenantSnapshot
        {
            ToolVersion = request.ToolVersion,
            ReadAt = readAt,
            Stack = request.Plan.Stack,
            TenantId = tenantId,
            TenantDomain = request.Plan.TenantDomain,
            Areas = log.Areas,
            SignInRules = reads.SignInRules,
            NamedLocations = reads.NamedLocations,
            RoleHolders = reads.RoleHolders,
            Groups = reads.Groups,
            Principals = reads.Principals,
            BreakGlassAccounts = reads.BreakGlassAccounts,
            BreakGlassSignIns = reads.BreakGlassSignIns,
            AuthenticationMethods = reads.AuthenticationMethods,
            DevicePolicies = reads.DevicePolicies,
            FilteringPolicies = reads.FilteringPolicies,
            FilteringProfiles = reads.FilteringProfiles,
            JamfProfiles = profiles,
            JamfPrestages = prestages,
        });
        return new ObserveResult(snapshot, log.Diagnostics);
    }

    private static async Task<(ImmutableArray<ObservedJamfProfile>, ImmutableArray<ObservedJamfPrestage>)> ReadJamfAsync(
        ObserveRequest request, HttpClient http, ObserveLog log, CancellationToken ct)
    {
        switch (request.Plan.Jamf)
        {
            case null:
                AreaRunner.NotUsed(ObservedArea.JamfProfiles, log);
                AreaRunner.NotUsed(ObservedArea.JamfPrestages, log);
                return ([], []);
            case var product when request.Jamf is not { HasCredentials: true }:
                var name = product == JamfProduct.JamfPro ? "Jamf Pro" : "Jamf School";
                var problem = "no Jamf address or credentials were given";
                log.Finished(new AreaRead(ObservedArea.JamfProfiles, ReadState.Unknown, 0, problem), ObserveDiagnostics.JamfNotConfigured(name));
                if (product == JamfProduct.JamfPro)
                {
                    log.Finished(new AreaRead(ObservedArea.JamfPrestages, ReadState.Unknown, 0, problem));
                }
                else
                {
                    AreaRunner.NotUsed(ObservedArea.JamfPrestages, log);
                }

                return ([], []);
            case JamfProduct.JamfSchool:
                AreaRunner.NotUsed(ObservedArea.JamfPrestages, log);
                return (await new JamfSchoolReader(http, request.Jamf).ProfilesAsync(log, ct).ConfigureAwait(false), []);
            default:
                var pro = new JamfProReader(http, request.Jamf);
                return (await pro.ProfilesAsync(log, ct).ConfigureAwait(false), await pro.PrestagesAsync(log, ct).ConfigureAwait(false));
        }
    }

    private static HttpMessageHandler Transport(ObserveRequest request) =>
        request.Transport?.Invoke() ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    private static Action<RetryNotice>? Both(Action<RetryNotice>? a, Action<RetryNotice>? b) =>
        a is null ? b : b is null ? a : notice =>
        {
            a(notice);
            b(notice);
        };
}
