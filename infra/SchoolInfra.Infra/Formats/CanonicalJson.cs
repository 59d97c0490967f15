using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchoolInfra.Infra.Formats;

/// <summary>
/// Writes JSON in one canonical form: object keys sorted (ordinal), no insignificant whitespace, integers in invariant
/// digits, <c>true</c>/<c>false</c>, strings with only the escapes JSON requires. Terraform compares JSON-string inputs
/// as text (resource-types.md section 3), so the same settings must always give the same bytes or every preview shows
/// drift.
/// </summary>
public static class CanonicalJson
{
    public static string Write(JsonNode? node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    AppendString(sb, key);
                    sb.Append(':');
                    Append(sb, value);
                }

                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Append(sb, array[i]);
                }

                sb.Append(']');
                break;
            case JsonValue value:
                AppendValue(sb, value);
                break;
            default:
                throw new InvalidOperationException($"Unexpected JSON node {node.GetType().Name}.");
        }
    }

    private static void AppendValue(StringBuilder sb, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                AppendString(sb, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Number when value.TryGetValue<long>(out var whole):
                sb.Append(whole.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Number when value.TryGetValue<int>(out var small):
                sb.Append(small.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                // Settings and rules only carry whole numbers; a fraction would need a fixed rule for its digits.
                throw new InvalidOperationException($"Canonical JSON supports text, booleans and whole numbers, not {value.GetValueKind()}.");
        }
    }

    private static void AppendString(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
