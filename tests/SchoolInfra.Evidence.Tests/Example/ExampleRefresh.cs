using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchoolInfra.Evidence.Tests.Pulumi;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Tests.Example;

/// <summary>
/// Writes the example school's refresh digest (schools/oakfield-primary/live/refresh.json) the way
/// <c>pulumi refresh --preview-only --json</c> prints it for the compiled template: every resource is refreshed,
/// four changed outside the pipeline (a sign-in rule switched to report-only, a filtering rule deleted, vault soft
/// delete turned off, and a tag Azure Policy added, which the azure-tags ignore rule absorbs). The shape follows the
/// Go types exactly (pkg/display/json.go, apitype.ResourceV3), indented with four spaces as json.MarshalIndent does,
/// map keys sorted, &lt; &gt; &amp; escaped as Go escapes them.
/// </summary>
internal static class ExampleRefresh
{
    public const string Stack = "oakfield-primary";
    private const string Project = "schoolinfra";
    private const string Zero = "0001-01-01T00:00:00Z";
    private static readonly string StackUrn = $"urn:pulumi:{Stack}::{Project}::pulumi:pulumi:Stack::{Project}-{Stack}";

    /// <summary>Packages whose resources the Terraform bridge serves: their inputs carry <c>__defaults</c> (C.6 item 4).</summary>
    private static readonly string[] Bridged = ["azuread", "microsoft365", "jamfpro", "jamfschool"];

    private static readonly (string Package, string Version)[] Providers =
        [("azuread", "6.9.1"), ("azure-native", "3.28.0"), ("std", "2.3.2"), ("microsoft365", "0.57.1-alpha"), ("jamfpro", "0.41.0"), ("jamfschool", "0.1.2")];

    public static string Digest()
    {
        var desired = PulumiFixtures.Desired;
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 4, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("config");
            foreach (var (key, value) in Config())
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteStartArray("steps");
            Refresh(w, StackUrn);
            foreach (var (package, version) in Providers)
            {
                Refresh(w, ProviderUrn(package, version));
            }

            foreach (var resource in desired.Resources)
            {
                Step(w, resource);
            }

            w.WriteEndArray();
            w.WriteNumber("duration", 38_264_119_307);
            w.WriteStartObject("changeSummary");
            w.WriteNumber("delete", 1);
            w.WriteNumber("same", 1 + Providers.Length + desired.Resources.Length - 4);
            w.WriteNumber("update", 3);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        // Go's encoder escapes these in strings; nothing else differs from .NET's relaxed writer here.
        return Encoding.UTF8.GetString(buffer.ToArray())
            .Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal) + "\n";
    }

    private static IEnumerable<(string, string)> Config()
    {
        var json = EngineConfig.FromStackFile(ExampleSchool.StackFilePath, new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = "[secret]" });
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString() ?? string.Empty))];
    }

    private static void Refresh(Utf8JsonWriter w, string urn)
    {
        var isStack = urn == StackUrn;
        w.WriteStartObject();
        w.WriteString("op", "refresh");
        w.WriteString("urn", urn);
        foreach (var name in new[] { "oldState", "newState" })
        {
            w.WriteStartObject(name);
            w.WriteString("urn", urn);
            w.WriteBoolean("custom", !isStack);
            if (!isStack)
            {
                var version = urn[(urn.LastIndexOf("::default_", StringComparison.Ordinal) + "::default_".Length)..];
                w.WriteString("id", Guid(urn));
                w.WriteString("type", urn.Split("::")[2]);
                w.WriteStartObject("inputs");
                w.WriteString("version", version.Replace('_', '.'));
                w.WriteEndObject();
                w.WriteStartObject("outputs");
                w.WriteString("version", version.Replace('_', '.'));
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("type", "pulumi:pulumi:Stack");
            }

            w.WriteString("created", Zero);
            w.WriteString("modified", Zero);
            w.WriteEndObject();
        }

        w.WritePropertyName("detailedDiff");
        w.WriteNullValue();
        w.WriteEndObject();
    }

    private static void Step(Utf8JsonWriter w, DesiredResource resource)
    {
        var urn = $"urn:pulumi:{Stack}::{Project}::{resource.Type}::{resource.LogicalName}";
        var provider = Provider(resource);
        var (op, changed, diff) = resource.LogicalName switch
        {
            "ca-require-mfa" => ("update", ("state", (object)"enabledForReportingButNotEnforced"), "update"),
            "backupVault-main" => ("update", ("properties.securitySettings.softDeleteSettings.softDeleteState", (object)"Disabled"), "update"),
            "resourceGroup" => ("update", ("tags", (object)new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["ManagedBy"] = "Exampleshire ICT" }), "add"),
            "gsa-olderPupils-blocked-domains" => ("delete", default((string, object)), string.Empty),
            _ => ("refresh", default((string, object)), string.Empty),
        };
        w.WriteStartObject();
        w.WriteString("op", op);
        w.WriteString("urn", urn);
        w.WriteString("provider", provider);
        State(w, "oldState", resource, urn, provider, null);
        if (op != "delete")
        {
            State(w, "newState", resource, urn, provider, op == "update" ? changed : null);
        }

        if (op == "update")
        {
            w.WriteStartArray("diffReasons");
            w.WriteStringValue(changed.Item1.Split('.')[0]);
            w.WriteEndArray();
            w.WriteStartObject("detailedDiff");
            w.WriteStartObject(changed.Item1);
            w.WriteString("kind", diff);
            w.WriteBoolean("inputDiff", false);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WritePropertyName("detailedDiff");
            w.WriteNullValue();
        }

        w.WriteEndObject();
    }

    private static void State(Utf8JsonWriter w, string name, DesiredResource resource, string urn, string provider, (string Path, object Value)? change)
    {
        var bridged = Bridged.Contains(resource.Package, StringComparer.Ordinal);
        var inputs = Value(resource.Properties, bridged) as SortedDictionary<string, object?> ?? [];
        if (change is { } c)
        {
            Set(inputs, c.Path, c.Value);
        }

        var outputs = Strip(inputs);
        outputs["id"] = Id(resource, urn);
        if (resource.Package == "azuread")
        {
            outputs["objectId"] = Guid(urn);
        }

        w.WriteStartObject(name);
        w.WriteString("urn", urn);
        w.WriteBoolean("custom", true);
        w.WriteString("id", Id(resource, urn));
        w.WriteString("type", resource.Type);
        w.WritePropertyName("inputs");
        Write(w, inputs);
        w.WritePropertyName("outputs");
        Write(w, outputs);
        w.WriteString("parent", StackUrn);
        if (resource.Options.Protect)
        {
            w.WriteBoolean("protect", true);
        }

        w.WriteString("provider", provider);
        w.WriteString("created", Zero);
        w.WriteString("modified", Zero);
        w.WriteEndObject();
    }

    private static string Id(DesiredResource resource, string urn) => resource.Package switch
    {
        "azure-native" => $"/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/rg-oakfield-primary/providers/{resource.Type.Split(':')[1]}/{resource.LogicalName}",
        "azuread" when resource.Type.EndsWith(":Group", StringComparison.Ordinal) => $"/groups/{Guid(urn)}",
        _ => Guid(urn),
    };

    private static string Provider(DesiredResource resource)
    {
        var (package, version) = Providers.First(p => p.Package == resource.Package);
        var urn = ProviderUrn(package, version);
        return $"{urn}::{Guid(urn)}";
    }

    private static string ProviderUrn(string package, string version) =>
        $"urn:pulumi:{Stack}::{Project}::pulumi:providers:{package}::default_{version.Replace('.', '_').Replace('-', '_')}";

    /// <summary>A template value as Pulumi state holds it: references resolved to stable fake ids, bridge bookkeeping added.</summary>
    private static object? Value(PulumiValue value, bool bridged) => value switch
    {
        PulumiText text => text.Value,
        PulumiBool b => b.Value,
        PulumiNumber n => n.Value,
        PulumiExpression e => Guid(e.Expression),
        PulumiList list => list.Items.Select(i => Value(i, bridged)).ToList(),
        PulumiObject o => Map(o, bridged),
        _ => null,
    };

    private static SortedDictionary<string, object?> Map(PulumiObject o, bool bridged)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in o.Entries)
        {
            map[key] = Value(value, bridged);
        }

        if (bridged)
        {
            map["__defaults"] = new List<object?>();
        }

        return map;
    }

    private static SortedDictionary<string, object?> Strip(SortedDictionary<string, object?> map)
    {
        var copy = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Where(e => e.Key != "__defaults"))
        {
            copy[key] = value switch
            {
                SortedDictionary<string, object?> inner => Strip(inner),
                List<object?> list => list.Select(i => i is SortedDictionary<string, object?> m ? Strip(m) : i).ToList(),
                _ => value,
            };
        }

        return copy;
    }

    private static void Set(SortedDictionary<string, object?> map, string path, object value)
    {
        var parts = path.Split('.');
        var node = map;
        foreach (var part in parts[..^1])
        {
            node = (SortedDictionary<string, object?>)node[part]!;
        }

        node[parts[^1]] = value;
    }

    private static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case long n:
                w.WriteNumberValue(n);
                break;
            case SortedDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    w.WritePropertyName(k);
                    Write(w, v);
                }

                w.WriteEndObject();
                break;
            case List<object?> list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    Write(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unexpected value {value.GetType().Name}.");
        }
    }

    /// <summary>A stable fake GUID for a name, so the digest is the same on every run.</summary>
    private static string Guid(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new System.Guid(hash.AsSpan(0, 16)).ToString();
    }
}
