using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using SchoolInfra.Evidence.Observe.Http;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// A <see cref="GraphServiceClient"/> on the SDK's own middleware pipeline (<c>GraphClientFactory.CreateDefaultHandlers</c>:
/// redirects, parameter decoding, user agent, telemetry) with one change: the SDK's RetryHandler is replaced by
/// <see cref="ResilientReadHandler"/>. Kiota's handler reads Retry-After only as whole seconds or a date (a decimal
/// such as 0.249 makes it wait its fixed 3-second default), waits with Task.Delay on the real clock, and has no
/// bound shared by the whole run; running both would multiply retries.
/// </summary>
public static class GraphClientBuilder
{
    public static GraphServiceClient Create(GraphConnection connection, ResilientReadHandler resilience, HttpMessageHandler? transport = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.FirstOrDefault(h => h is RetryHandler);
        var at = retry is null ? 0 : handlers.IndexOf(retry);
        if (retry is not null)
        {
            handlers.Remove(retry);
            retry.Dispose();
        }

        handlers.Insert(at, resilience);
        var http = GraphClientFactory.Create(handlers, finalHandler: transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // Time limits are the resilience handler's: per attempt and for the whole run.
        http.Timeout = Timeout.InfiniteTimeSpan;
        return new GraphServiceClient(http, Authentication(connection), connection.BaseUrl("v1.0"));
    }

    private static IAuthenticationProvider Authentication(GraphConnection connection)
    {
        if (connection.Token is { Length: > 0 } token)
        {
            return new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token, connection.Endpoint));
        }

        var credential = connection.Credential ?? throw new InvalidOperationException("A Graph connection needs a token or a credential.");
        return new AzureIdentityAuthenticationProvider(credential, [connection.Endpoint.Host], null, true, connection.Scope);
    }
}
