using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>The real Graph SDK client against a loopback fake Graph speaking Graph's JSON.</summary>
public sealed class GraphObserverTests
{
    private const string Policies = "identity/conditionalAccess/policies";

    [Fact]
    public async Task Observe_UnchangedTenant_ReadsBackTheSameSnapshot()
    {
        var expected = SampleTenant.Snapshot();
        await using var graph = await SampleTenant.ServeAsync(expected);

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsComplete);
        Assert.Equal(SnapshotFile.Serialise(expected), SnapshotFile.Serialise(result.Snapshot!));
    }

    [Fact]
    public async Task Observe_RulesOverFivePages_FollowsEveryNextLink()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot(extraRules: 249));
        graph.PageSize = 50;

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        Assert.Equal(250, result.Snapshot!.SignInRules.Length);
        Assert.Equal(new AreaRead(ObservedArea.SignInRules, ReadState.Complete, 250), result.Snapshot.Area(ObservedArea.SignInRules));
        var requests = graph.RequestsTo(Policies).ToList();
        Assert.Equal(5, requests.Count);
        Assert.Equal(4, requests.Count(r => r.Query.Contains("skiptoken", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2", "Retry-After", 2000)]
    [InlineData("0.249", "Retry-After", 249)]
    [InlineData("7", "retry-after", 7000)]
    public async Task Observe_ThrottledWithRetryAfter_WaitsWhatTheAnswerSays(string retryAfter, string header, int expectedMs)
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail(Policies, new FakeFault(429, retryAfter, header));
        var retries = new List<RetryNotice>();

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits(retries)));

        Assert.True(result.Snapshot!.IsComplete(ObservedArea.SignInRules));
        var retry = Assert.Single(retries);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), retry.Delay);
        Assert.True(retry.FromRetryAfter);
        Assert.Equal("429", retry.Reason);
    }

    [Fact]
    public async Task Observe_ThrottledWithoutRetryAfter_BacksOffExponentially()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail(Policies, FakeFault.Throttled(null), FakeFault.Throttled(null));
        var retries = new List<RetryNotice>();

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits(retries)));

        Assert.True(result.Snapshot!.IsComplete(ObservedArea.SignInRules));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], retries.Select(r => r.Delay));
        Assert.All(retries, r => Assert.False(r.FromRetryAfter));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Observe_UnavailableThenSuccess_ReadsTheArea(int status)
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail(Policies, new FakeFault(status, "1"));
        var retries = new List<RetryNotice>();

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits(retries)));

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Snapshot!.IsComplete(ObservedArea.SignInRules));
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(retries).Reason);
    }

    [Fact]
    public async Task Observe_ThrottledPastEveryRetry_AreaIsUnknownNotEmpty()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail(Policies, Enumerable.Repeat(FakeFault.Throttled("1"), 10).ToArray());

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits() with { MaxRetries = 2 }));

        Assert.Equal(ReadState.Unknown, result.Snapshot!.Area(ObservedArea.SignInRules).State);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4103");
        Assert.True(result.Snapshot.IsComplete(ObservedArea.NamedLocations));
    }

    [Fact]
    public async Task Observe_ForbiddenArea_IsUnknownAndNamesThePermission()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail("roleManagement/directory/roleAssignments", FakeFault.Forbidden);

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        var area = result.Snapshot!.Area(ObservedArea.PrivilegedRoles);
        Assert.Equal(ReadState.Unknown, area.State);
        Assert.Equal("RoleManagement.Read.Directory", area.MissingPermission);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SI4101", diagnostic.Code);
        Assert.Contains("RoleManagement.Read.Directory", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Snapshot.RoleHolders);
        // Members of groups that hold roles cannot be known without the role holders.
        Assert.Equal(ReadState.Partial, result.Snapshot.Area(ObservedArea.Groups).State);
        Assert.All(result.Snapshot.Areas.Where(a => a.Area is not (ObservedArea.PrivilegedRoles or ObservedArea.Groups)), a => Assert.True(a.IsComplete, a.Area.ToString()));
    }

    [Fact]
    public async Task Observe_AttemptThatHangs_TimesOutAndIsUnknown()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        var limits = SampleTenant.Limits() with { MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(20) };
        // A first read warms up the client, so only the stalled answers can take longer than 1 s of real time.
        await TenantObserver.ObserveAsync(SampleTenant.Request(graph, limits));
        graph.Fail("identity/conditionalAccess/namedLocations", FakeFault.Hang(TimeSpan.FromSeconds(5)), FakeFault.Hang(TimeSpan.FromSeconds(5)));

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, limits));

        Assert.Equal(ReadState.Unknown, result.Snapshot!.Area(ObservedArea.NamedLocations).State);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4104");
    }

    [Fact]
    public async Task Observe_MalformedBody_IsUnknown()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail(Policies, FakeFault.MalformedBody);

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        Assert.Equal(ReadState.Unknown, result.Snapshot!.Area(ObservedArea.SignInRules).State);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4105");
        Assert.Empty(result.Snapshot.SignInRules);
    }

    [Fact]
    public async Task Observe_FailureOnALaterPage_KeepsWhatWasReadAsPartial()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot(extraRules: 9));
        graph.PageSize = 4;
        graph.FailPage(Policies, 1, FakeFault.ServerError);

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        var area = result.Snapshot!.Area(ObservedArea.SignInRules);
        Assert.Equal(ReadState.Partial, area.State);
        Assert.Equal(4, area.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4107");
    }

    [Fact]
    public async Task Observe_AnotherTenant_GivesNoSnapshot()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot() with { TenantDomain = "someone-else.example" });

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        Assert.Null(result.Snapshot);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4108");
    }

    [Fact]
    public async Task Observe_WrongToken_AreasAreUnknownWithSignInRefused()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        var request = SampleTenant.Request(graph, SampleTenant.Limits()) with { Graph = new(graph.Endpoint, "not-the-token", null) };

        var result = await TenantObserver.ObserveAsync(request);

        Assert.All(result.Snapshot!.Areas.Where(a => a.State != ReadState.NotUsed), a => Assert.Equal(ReadState.Unknown, a.State));
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4102");
    }

    [Fact]
    public async Task Observe_BetaReads_GoToTheBetaUrlWithTheToken()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());

        await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        var beta = graph.Server.Requests.Where(r => r.Path.StartsWith("/beta/", StringComparison.Ordinal)).ToList();
        Assert.Contains(beta, r => r.Path == "/beta/networkAccess/filteringPolicies");
        Assert.Contains(beta, r => r.Path == "/beta/deviceManagement/configurationPolicies");
        Assert.All(graph.Server.Requests, r => Assert.Equal($"Bearer {graph.Token}", r.Authorization));
        Assert.All(graph.Server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Observe_ServerError_IsUnknownWithTheStatus()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        graph.Fail("policies/authenticationMethodsPolicy", FakeFault.ServerError);

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits()));

        Assert.Equal(ReadState.Unknown, result.Snapshot!.Area(ObservedArea.AuthenticationMethods).State);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SI4106", diagnostic.Code);
        Assert.Contains("500", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observe_CredentialThatCannotSignIn_SaysSoOnce()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        var request = SampleTenant.Request(graph, SampleTenant.Limits()) with { Graph = new(graph.Endpoint, null, new FailingCredential()) };

        var result = await TenantObserver.ObserveAsync(request);

        Assert.Equal("SI4109", Assert.Single(result.Diagnostics).Code);
        Assert.All(result.Snapshot!.Areas.Where(a => a.State != ReadState.NotUsed), a => Assert.Equal(ReadState.Unknown, a.State));
        Assert.Empty(graph.Server.Requests);
    }

    private sealed class FailingCredential : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new Azure.Identity.AuthenticationFailedException("no sign-in in tests");

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new Azure.Identity.AuthenticationFailedException("no sign-in in tests");
    }
}
