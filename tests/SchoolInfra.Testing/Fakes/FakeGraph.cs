using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using SchoolInfra.Evidence.Observe;

namespace SchoolInfra.Testing.Fakes;

/// <summary>
/// A fake Microsoft Graph on a <see cref="LoopbackServer"/>, speaking Graph's JSON: collections paged with absolute
/// <c>@odata.nextLink</c>s, the simple <c>$filter</c>s the observer sends (<c>x eq 'v'</c>, <c>startswith</c>),
/// Graph's error body (with <c>innerError</c> and a date without Z) and scripted faults per path. Serve a
/// <see cref="TenantSnapshot"/> with <see cref="GraphTenantJson.Serve"/> to get a tenant that reads back as that snapshot.
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, List<JsonObject>> _collections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonNode> _objects = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeFault> _pageFaults = new(StringComparer.Ordinal);
    private LoopbackServer? _server;

    private FakeGraph()
    {
    }

    public LoopbackServer Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>The endpoint root to give the observer (the server's base address).</summary>
    public Uri Endpoint => Server.BaseAddress;

    public int PageSize { get; set; } = 100;

    /// <summary>Added to every answer (benchmarks: a slow tenant).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The bearer token the fake expects; requests without it get 401.</summary>
    public string Token { get; set; } = "fake-graph-token";

    public static async Task<FakeGraph> StartAsync()
    {
        var graph = new FakeGraph();
        graph._server = await LoopbackServer.StartAsync(graph.HandleAsync);
        return graph;
    }

    /// <summary>A collection at a path without the version, e.g. <c>identity/conditionalAccess/policies</c>.</summary>
    public void Collection(string path, IEnumerable<JsonObject> items) => _collections[path] = [.. items];

    /// <summary>A single object at a path without the version, e.g. <c>users/{id}</c> (looked up without case).</summary>
    public void Item(string path, JsonNode body) => _objects[path] = body;

    /// <summary>The next requests to <paramref name="path"/> get these answers, one each, in order.</summary>
    public void Fail(string path, params FakeFault[] faults)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<FakeFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Every request for page <paramref name="page"/> (0-based) of <paramref name="path"/> gets this answer.</summary>
    public void FailPage(string path, int page, FakeFault fault) => _pageFaults[$"{path}#{page}"] = fault;

    /// <summary>Requests that reached a path (without the version), in order.</summary>
    public IEnumerable<LoopbackRequest> RequestsTo(string path) => Server.Requests.Where(r => Strip(r.Path).Path == path);

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        var (version, path) = Strip(context.Request.Path.Value ?? "/");
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            await ErrorAsync(context, 401, "InvalidAuthenticationToken");
            return;
        }

        var page = int.TryParse(context.Request.Query["$skiptoken"], out var p) ? p : 0;
        if ((_faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var fault)) || _pageFaults.TryGetValue($"{path}#{page}", out fault))
        {
            await FaultAsync(context, fault);
            return;
        }

        if (_collections.TryGetValue(path, out var items))
        {
            var filtered = Filter(items, context.Request.Query["$filter"].ToString());
            var body = new JsonObject
            {
                ["@odata.context"] = $"{Endpoint}{version}/$metadata#{path}",
                ["value"] = new JsonArray([.. filtered.Skip(page * PageSize).Take(PageSize).Select(i => i.DeepClone())]),
            };
            if ((page + 1) * PageSize < filtered.Count)
            {
                var query = QueryString.Create(context.Request.Query.Where(q => q.Key != "$skiptoken")
                    .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
                    .Append(new("$skiptoken", (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
                body["@odata.nextLink"] = $"{Endpoint}{version}/{path}{query}";
            }

            await JsonAsync(context, 200, body);
            return;
        }

        if (_objects.TryGetValue(path, out var single))
        {
            await JsonAsync(context, 200, single.DeepClone());
            return;
        }

        await ErrorAsync(context, 404, "Request_ResourceNotFound");
    }

    private static (string Version, string Path) Strip(string path)
    {
        var trimmed = path.TrimStart('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (trimmed, string.Empty) : (trimmed[..slash], Uri.UnescapeDataString(trimmed[(slash + 1)..]));
    }

    private static List<JsonObject> Filter(List<JsonObject> items, string filter)
    {
        if (filter.Length == 0)
        {
            return items;
        }

        var startsWith = StartsWithPattern().Match(filter);
        if (startsWith.Success)
        {
            var prefix = startsWith.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal);
            return [.. items.Where(i => (i[startsWith.Groups[1].Value]?.GetValue<string>() ?? string.Empty).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))];
        }

        var equals = EqualsPattern().Match(filter);
        if (equals.Success)
        {
            var value = equals.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal);
            return [.. items.Where(i => string.Equals(i[equals.Groups[1].Value]?.GetValue<string>(), value, StringComparison.OrdinalIgnoreCase))];
        }

        return items;
    }

    private static async Task FaultAsync(HttpContext context, FakeFault fault)
    {
        if (fault.Stall is { } stall)
        {
            await Task.Delay(stall, context.RequestAborted);
        }

        if (fault.Malformed)
        {
            context.Response.StatusCode = fault.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"value\": [ {\"id\": \"00000000-0000-4000-8000-000000000001\", ");
            return;
        }

        if (fault.RetryAfter is not null)
        {
            context.Response.Headers[fault.RetryAfterHeader] = fault.RetryAfter;
        }

        await ErrorAsync(context, fault.Status, fault.Status switch
        {
            429 => "TooManyRequests",
            403 => "Authorization_RequestDenied",
            503 => "ServiceUnavailable",
            504 => "GatewayTimeout",
            _ => "InternalServerError",
        });
    }

    private static Task ErrorAsync(HttpContext context, int status, string code) => JsonAsync(context, status, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = $"The fake Graph answered {status}.",
            ["innerError"] = new JsonObject
            {
                ["date"] = "2022-07-14T06:22:45",
                ["request-id"] = "00000000-0000-4000-8000-0000000000aa",
                ["client-request-id"] = "00000000-0000-4000-8000-0000000000bb",
            },
        },
    });

    private static async Task JsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    [GeneratedRegex(@"startswith\((\w+),'((?:[^']|'')*)'\)")]
    private static partial Regex StartsWithPattern();

    [GeneratedRegex(@"^(\w+) eq '((?:[^']|'')*)'")]
    private static partial Regex EqualsPattern();
}
