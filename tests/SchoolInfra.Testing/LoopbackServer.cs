using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SchoolInfra.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 and an ephemeral port (Kestrel), for fakes of the APIs SchoolInfra reads (Microsoft
/// Graph, Jamf, GitHub). Requests go to one handler or to mapped routes; the server records each request's method and path and
/// query so tests can assert on what was asked. Loopback only: nothing leaves the machine.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>, with a final slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    /// <summary>Starts a server that answers every request with <paramref name="handler"/>.</summary>
    public static Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return StartAsync((IEndpointRouteBuilder app) => app.Map("/{**path}", context => handler(context)));
    }

    /// <summary>Starts a server that answers the routes <paramref name="routes"/> maps (ASP.NET Core minimal APIs).</summary>
    public static async Task<LoopbackServer> StartAsync(Action<IEndpointRouteBuilder> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Use(async (context, next) =>
        {
            server?._requests.Enqueue(new LoopbackRequest(context.Request.Method, context.Request.Path.Value ?? "/",
                context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.Authorization.ToString()));
            await next(context);
        });
        routes(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        var address = addresses.Addresses.First();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>An absolute address on this server, e.g. <c>Url("v1.0/groups")</c>.</summary>
    public Uri Url(string relative) => new(BaseAddress, relative.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
