using System.Collections.Concurrent;
using System.Security;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SchoolInfra.Evidence.Observe;

namespace SchoolInfra.Testing.Fakes;

/// <summary>
/// A fake Jamf Pro on a <see cref="LoopbackServer"/>: the OAuth client-credentials token endpoint, the Classic API's
/// mobile device configuration profiles (XML, the payload a plist inside the XML) and the Jamf Pro API's paged
/// PreStage enrolments (<c>{totalCount, results}</c> with a <c>versionLock</c>), with scripted faults per path.
/// </summary>
public sealed class FakeJamfPro : IAsyncDisposable
{
    public const string ClientId = "fake-jamf-client";
    public const string ClientSecret = "fake-jamf-secret-not-real";
    public const string IssuedToken = "fake-jamf-token";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFault>> _faults = new(StringComparer.Ordinal);
    private readonly List<(ObservedJamfProfile Profile, string Plist)> _profiles = [];
    private readonly List<ObservedJamfPrestage> _prestages = [];
    private LoopbackServer? _server;

    private FakeJamfPro()
    {
    }

    public LoopbackServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public int PageSize { get; set; } = 100;

    public static async Task<FakeJamfPro> StartAsync()
    {
        var jamf = new FakeJamfPro();
        jamf._server = await LoopbackServer.StartAsync(jamf.HandleAsync);
        return jamf;
    }

    public void Profile(ObservedJamfProfile profile, string plist) => _profiles.Add((profile, plist));

    public void Prestage(ObservedJamfPrestage prestage) => _prestages.Add(prestage);

    public void Fail(string path, params FakeFault[] faults)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<FakeFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        var path = (context.Request.Path.Value ?? "/").TrimStart('/');
        if (_faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var fault))
        {
            if (fault.RetryAfter is not null)
            {
                context.Response.Headers[fault.RetryAfterHeader] = fault.RetryAfter;
            }

            context.Response.StatusCode = fault.Status;
            await context.Response.WriteAsync(fault.Malformed ? "<configuration_profiles><configuration_profile>" : "{\"httpStatus\":" + fault.Status + "}");
            return;
        }

        if (path == "api/oauth/token" && context.Request.Method == "POST")
        {
            var form = await context.Request.ReadFormAsync();
            var ok = form["client_id"] == ClientId && form["client_secret"] == ClientSecret && form["grant_type"] == "client_credentials";
            context.Response.StatusCode = ok ? 200 : 401;
            await context.Response.WriteAsJsonAsync(ok ? new JsonObject { ["access_token"] = IssuedToken, ["token_type"] = "Bearer", ["expires_in"] = 1199 } : new JsonObject());
            return;
        }

        if (context.Request.Headers.Authorization.ToString() != $"Bearer {IssuedToken}")
        {
            context.Response.StatusCode = 401;
            return;
        }

        if (path == "JSSResource/mobiledeviceconfigurationprofiles")
        {
            await XmlAsync(context, "<configuration_profiles><size>" + _profiles.Count + "</size>" + string.Concat(_profiles.Select(p =>
                $"<configuration_profile><id>{p.Profile.Id}</id><name>{SecurityElement.Escape(p.Profile.Name)}</name></configuration_profile>")) + "</configuration_profiles>");
            return;
        }

        if (path.StartsWith("JSSResource/mobiledeviceconfigurationprofiles/id/", StringComparison.Ordinal))
        {
            var id = path[(path.LastIndexOf('/') + 1)..];
            var (profile, plist) = _profiles.FirstOrDefault(p => p.Profile.Id == id);
            if (profile is null)
            {
                context.Response.StatusCode = 404;
                return;
            }

            await XmlAsync(context, $"<configuration_profile><general><id>{profile.Id}</id><name>{SecurityElement.Escape(profile.Name)}</name>" +
                $"<level>Device Level</level><uuid>00000000-0000-4000-8000-0000000099{profile.Id}</uuid><payloads>{SecurityElement.Escape(plist)}</payloads></general>" +
                "<scope><all_mobile_devices>false</all_mobile_devices><mobile_device_groups>" +
                string.Concat(profile.ScopeGroups.Select((g, i) => $"<mobile_device_group><id>{i + 1}</id><name>{SecurityElement.Escape(g)}</name></mobile_device_group>")) +
                "</mobile_device_groups></scope></configuration_profile>");
            return;
        }

        if (path == "api/v3/mobile-device-prestages")
        {
            var page = int.Parse(context.Request.Query["page"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var size = int.Parse(context.Request.Query["page-size"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["totalCount"] = _prestages.Count,
                ["results"] = new JsonArray([.. _prestages.Skip(page * size).Take(size).Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = p.Id,
                    ["displayName"] = p.DisplayName,
                    ["supervised"] = p.Supervised,
                    ["mandatory"] = p.Mandatory,
                    ["mdmRemovable"] = p.MdmRemovable,
                    ["versionLock"] = 3,
                })]),
            });
            return;
        }

        context.Response.StatusCode = 404;
    }

    private static async Task XmlAsync(HttpContext context, string xml)
    {
        context.Response.ContentType = "application/xml";
        await context.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
    }
}
