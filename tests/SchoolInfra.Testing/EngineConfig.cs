using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Testing;

/// <summary>
/// Builds PULUMI_CONFIG exactly as the Pulumi YAML language host passes it (pulumi-contract.md A.5): Go's
/// json.Marshal of map[string]string — keys sorted, every value a string, structured values as compact JSON text
/// with sorted keys and typed scalars, secrets decrypted to plain text, and &lt; &gt; &amp; escaped as \u003c etc.
/// </summary>
public static class EngineConfig
{
    public static string FromStackFile(string path, IReadOnlyDictionary<string, string> decryptedSecrets)
    {
        var root = (SourceMapping)(SourceReader.Read(File.ReadAllText(path), path, new DiagnosticBag()) ?? throw new InvalidOperationException(path));
        var config = (SourceMapping)root["config"]!;
        var flat = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in config.Entries)
        {
            flat[entry.Key.Text] = entry.Value switch
            {
                SourceMapping { Entries: [{ Key.Text: "secure" }] } => decryptedSecrets[entry.Key.Text],
                SourceScalar scalar => scalar.Text,
                var structured => GoJson(Typed(structured)),
            };
        }

        var sb = new StringBuilder("{");
        foreach (var (key, value) in flat)
        {
            sb.Append(sb.Length > 1 ? "," : string.Empty).Append(GoString(key)).Append(':').Append(GoString(value));
        }

        return sb.Append('}').ToString();
    }

    private static JsonNode? Typed(SourceNode node) => node switch
    {
        SourceMapping m => new JsonObject(m.Entries.OrderBy(e => e.Key.Text, StringComparer.Ordinal)
            .Select(e => KeyValuePair.Create(e.Key.Text, Typed(e.Value)))),
        SourceSequence s => new JsonArray([.. s.Items.Select(Typed)]),
        SourceScalar { IsQuoted: false, Text: "true" or "false" } b => JsonValue.Create(b.Text == "true"),
        SourceScalar { IsQuoted: false } n when long.TryParse(n.Text, out var number) && !n.Text.StartsWith('0') => JsonValue.Create(number),
        SourceScalar { IsNull: true } => null,
        SourceScalar s => JsonValue.Create(s.Text),
        _ => null,
    };

    private static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string GoJson(JsonNode? node) => GoEscape(node?.ToJsonString(Plain) ?? "null");

    private static string GoString(string value) => GoEscape(JsonSerializer.Serialize(value, Plain));

    /// <summary>Go's encoding/json escapes &lt;, &gt; and &amp; for HTML safety.</summary>
    private static string GoEscape(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);
}
