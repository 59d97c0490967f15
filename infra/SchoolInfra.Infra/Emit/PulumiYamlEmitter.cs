using System.Globalization;
using System.Text;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Emit;

/// <summary>
/// Writes a <see cref="DesiredState"/> as a Pulumi YAML template. Deterministic: same state, same bytes (LF, one
/// final newline). Every string is double-quoted so YAML never retypes it (pulumi-contract.md A.8 item 6), and every
/// literal <c>$</c> is written as <c>$$</c> because every template string is an interpolation (A.8 item 5).
/// </summary>
public static class PulumiYamlEmitter
{
    public const string ProjectName = "schoolinfra";

    public static string Emit(DesiredState state, string description)
    {
        var w = new StringBuilder(64 * 1024);
        w.Append("name: ").Append(ProjectName).Append('\n');
        w.Append("description: ").Append(Quote(description)).Append('\n');
        if (!state.Variables.IsEmpty)
        {
            w.Append("variables:\n");
            foreach (var variable in state.Variables)
            {
                WriteEntry(w, 1, variable.Name, variable.Value);
            }
        }

        w.Append("resources:");
        if (state.Resources.IsEmpty)
        {
            w.Append(" {}\n");
        }
        else
        {
            w.Append('\n');
            foreach (var resource in state.Resources)
            {
                WriteResource(w, resource);
            }
        }

        if (!state.Outputs.IsEmpty)
        {
            w.Append("outputs:\n");
            foreach (var output in state.Outputs)
            {
                WriteEntry(w, 1, output.Name, output.Value);
            }
        }

        return w.ToString();
    }

    private static void WriteResource(StringBuilder w, DesiredResource resource)
    {
        Indent(w, 1).Append(Key(resource.LogicalName)).Append(":\n");
        Indent(w, 2).Append("type: ").Append(resource.Type).Append('\n');
        if (!resource.Properties.Entries.IsEmpty)
        {
            WriteEntry(w, 2, "properties", resource.Properties);
        }

        var options = resource.Options;
        if (options.IsEmpty)
        {
            return;
        }

        Indent(w, 2).Append("options:\n");
        if (!options.DependsOn.IsEmpty)
        {
            WriteEntry(w, 3, "dependsOn", PulumiValue.List(options.DependsOn.Select(d => PulumiValue.Ref(d))));
        }

        if (!options.IgnoreChanges.IsEmpty)
        {
            WriteEntry(w, 3, "ignoreChanges", PulumiValue.TextList(options.IgnoreChanges));
        }

        if (options.Protect)
        {
            Indent(w, 3).Append("protect: true\n");
        }

        if (options.RetainOnDelete)
        {
            Indent(w, 3).Append("retainOnDelete: true\n");
        }
    }

    private static void WriteEntry(StringBuilder w, int depth, string key, PulumiValue value)
    {
        Indent(w, depth).Append(Key(key)).Append(':');
        switch (value)
        {
            case PulumiObject { Entries.IsEmpty: true }:
                w.Append(" {}\n");
                break;
            case PulumiObject obj:
                w.Append('\n');
                foreach (var entry in obj.Entries)
                {
                    WriteEntry(w, depth + 1, entry.Key, entry.Value);
                }

                break;
            case PulumiList { Items.IsEmpty: true }:
                w.Append(" []\n");
                break;
            case PulumiList list:
                w.Append('\n');
                WriteItems(w, depth + 1, list);
                break;
            default:
                w.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteItems(StringBuilder w, int depth, PulumiList list)
    {
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case PulumiObject { Entries.IsEmpty: false } obj:
                    // "- key: value" then the other keys aligned under the first.
                    var first = true;
                    foreach (var entry in obj.Entries)
                    {
                        var sb = new StringBuilder();
                        WriteEntry(sb, depth + 1, entry.Key, entry.Value);
                        var text = sb.ToString();
                        if (first)
                        {
                            Indent(w, depth).Append("- ").Append(text.AsSpan((depth + 1) * 2));
                            first = false;
                        }
                        else
                        {
                            w.Append(text);
                        }
                    }

                    break;
                case PulumiList { Items.IsEmpty: false } inner:
                    Indent(w, depth).Append("-\n");
                    WriteItems(w, depth + 1, inner);
                    break;
                default:
                    Indent(w, depth).Append("- ").Append(item switch
                    {
                        PulumiObject => "{}",
                        PulumiList => "[]",
                        _ => Scalar(item),
                    }).Append('\n');
                    break;
            }
        }
    }

    private static string Scalar(PulumiValue value) => value switch
    {
        PulumiText text => Quote(text.Value),
        PulumiExpression expression => QuoteRaw(expression.Expression),
        PulumiBool b => b.Value ? "true" : "false",
        PulumiNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Not a scalar: {value.GetType().Name}"),
    };

    /// <summary>A literal string: <c>$</c> doubled so Pulumi does not read it as an interpolation.</summary>
    public static string Quote(string text) => QuoteRaw(text.Replace("$", "$$", StringComparison.Ordinal));

    private static string QuoteRaw(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f')
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

        return sb.Append('"').ToString();
    }

    private static string Key(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '@' or '.' or '/')
        && char.IsAsciiLetter(key[0]) && key is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off")
            ? key
            : QuoteRaw(key);

    private static StringBuilder Indent(StringBuilder w, int depth) => w.Append(' ', depth * 2);
}
