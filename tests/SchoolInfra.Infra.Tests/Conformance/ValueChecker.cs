using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// Checks a template value against a provider's facts with Pulumi YAML's assignability rules (analyser.go
/// isAssignable, cited in PulumiYamlTypeRules.md): a string takes strings, numbers, booleans and resources; a number
/// or integer takes only numbers; an object takes only its own properties and needs its required ones; a list checks
/// each item; a union takes what one alternative takes. Literal values are then checked against the validators the
/// facts record, exactly and case-sensitively: enum values, patterns, ranges and lengths, and properties required
/// when a sibling has a given value.
/// </summary>
internal sealed class ValueChecker(ExpressionTyper typer)
{
    public void CheckValue(YamlNode node, PropertyFact to, string path, FailureSink sink)
    {
        if (to.Kind == "union" && to.Of is { Count: > 0 } alternatives)
        {
            CheckUnion(node, alternatives, path, sink);
            return;
        }

        if (node is YamlMappingNode mapping && ExpressionTyper.Builtin(mapping) is null)
        {
            CheckObjectValue(mapping, to, path, sink);
            return;
        }

        if (node is YamlSequenceNode sequence && to.Kind == "array")
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                CheckValue(sequence.Children[i], to.Items ?? new PropertyFact(), $"{path}[{i}]", sink);
            }

            return;
        }

        var from = typer.TypeOf(node, path, sink);
        if (!Assignable(from, to.Kind))
        {
            sink.Add(node, path, $"{Describe(node, from)} is given where the provider takes {Article(to)}: Pulumi YAML cannot assign it", sink.Cite(to.Where(to.Line)));
            return;
        }

        if (node is YamlScalarNode scalar && from.Kind is "string" or "number" && IsLiteral(scalar))
        {
            CheckLiteral(scalar, scalar.Value ?? string.Empty, to, path, sink);
        }
    }

    /// <summary>Checks an object literal against the properties a provider declares (a resource's inputs, a nested block).</summary>
    public void CheckObject(YamlMappingNode node, IReadOnlyDictionary<string, PropertyFact> properties, string label, string where, string path, FailureSink sink)
    {
        var given = node.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value ?? string.Empty, e => e, StringComparer.Ordinal);
        foreach (var (name, entry) in given)
        {
            if (!properties.TryGetValue(name, out var fact))
            {
                sink.Add(entry.Key, ExpressionTyper.Join(path, name), $"{label} has no property \"{name}\"{Suggest(name, properties.Keys)}", sink.Cite(where));
                continue;
            }

            CheckValue(entry.Value, fact, ExpressionTyper.Join(path, name), sink);
        }

        foreach (var (name, fact) in properties.Where(p => p.Value.Required && !given.ContainsKey(p.Key)))
        {
            sink.Add(node, ExpressionTyper.Join(path, name), $"required property \"{name}\" of {label} is missing", sink.Cite(fact.Where(fact.Line)));
        }

        foreach (var (name, fact) in properties.Where(p => p.Value.RequiredWhen is { Count: > 0 } && !given.ContainsKey(p.Key)))
        {
            foreach (var when in fact.RequiredWhen!)
            {
                var sibling = properties.FirstOrDefault(p => p.Value.TerraformName == when.Property || p.Key == when.Property).Key;
                if (sibling is not null && given.TryGetValue(sibling, out var set) && set.Value is YamlScalarNode { Value: { } value } && value == when.EqualsValue)
                {
                    sink.Add(node, ExpressionTyper.Join(path, name), $"\"{name}\" is required when {sibling} is \"{when.EqualsValue}\"", sink.Cite(fact.Where(when.Line > 0 ? when.Line : fact.Line)));
                }
            }
        }
    }

    private void CheckObjectValue(YamlMappingNode node, PropertyFact to, string path, FailureSink sink)
    {
        switch (to.Kind)
        {
            case "any":
                typer.TypeOf(node, path, sink);
                return;
            case "map":
                foreach (var (key, value) in node.Children)
                {
                    CheckValue(value, to.Items ?? new PropertyFact(), ExpressionTyper.Join(path, ((YamlScalarNode)key).Value ?? string.Empty), sink);
                }

                return;
            case "object" when to.Properties is null:
                if (node.Children.Count > 0)
                {
                    sink.Add(node, path, $"the facts do not describe the inside of {to.TypeName ?? to.Unresolved ?? "this object"}: read it from the provider's source into {ProviderFacts.Folder} before emitting it",
                        sink.Cite(to.Where(to.Line)));
                }

                return;
            case "object":
                CheckObject(node, to.Properties, $"\"{path}\" ({to.TypeName ?? to.TerraformName ?? "object"})", to.Where(to.Line), path, sink);
                return;
            default:
                sink.Add(node, path, $"an object is given where the provider takes {Article(to)}", sink.Cite(to.Where(to.Line)));
                return;
        }
    }

    /// <summary>A union takes what one alternative takes; otherwise report the closest alternative's failures.</summary>
    private void CheckUnion(YamlNode node, List<PropertyFact> alternatives, string path, FailureSink sink)
    {
        List<ConformanceFailure>? best = null;
        foreach (var alternative in alternatives)
        {
            var trial = sink.Trial();
            CheckValue(node, alternative, path, trial);
            if (trial.Failures.Count == 0)
            {
                return;
            }

            if (best is null || trial.Failures.Count < best.Count)
            {
                best = trial.Failures;
            }
        }

        sink.Failures.AddRange(best ?? []);
    }

    private static void CheckLiteral(YamlScalarNode at, string value, PropertyFact to, string path, FailureSink sink)
    {
        var allowed = to.EnumValues.ToList();
        var inEnum = allowed.Count > 0 && allowed.Contains(value, StringComparer.Ordinal);
        var matches = to.Pattern is not null && Regex.IsMatch(value, to.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (to.EnumOrPattern)
        {
            if (!inEnum && !matches)
            {
                sink.Add(at, path, $"\"{value}\" is neither one of {string.Join(", ", allowed)} (case-sensitive) nor matches {to.Pattern}", sink.Cite(to.Where()));
            }
        }
        else
        {
            var near = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            // An open enum ("string | Enum", a oneOf with string in the schema) takes any string in Pulumi YAML (a union
            // takes what one alternative takes), and the service may know values the SDK does not list. Only a listed
            // value spelt in another case is flagged there: that is a typing mistake, not a value the SDK lacks.
            if (allowed.Count > 0 && !inEnum && (!to.Open || near is not null))
            {
                var where = to.EnumFile is not null ? $"{to.EnumFile}:{to.EnumLine}" : to.Where();
                sink.Add(at, path, $"\"{value}\" is not an allowed value; the provider accepts exactly (case-sensitive): {string.Join(", ", allowed)}" +
                    (near is not null ? $" (did you mean \"{near}\"?)" : string.Empty), sink.Cite(where));
            }

            if (to.Pattern is not null && !matches)
            {
                sink.Add(at, path, $"\"{value}\" does not match {to.Pattern}{(to.PatternSource is null ? string.Empty : $" ({to.PatternSource})")}", sink.Cite(to.Where()));
            }
        }

        if (to.MinLength is { } min && value.Length < min || to.MaxLength is { } max && value.Length > max)
        {
            sink.Add(at, path, $"\"{value}\" has {value.Length} characters; the provider takes {to.MinLength}..{to.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "any"}", sink.Cite(to.Where()));
        }

        if ((to.Minimum is not null || to.Maximum is not null) && long.TryParse(value, CultureInfo.InvariantCulture, out var number)
            && (number < (to.Minimum ?? long.MinValue) || number > (to.Maximum ?? long.MaxValue)))
        {
            sink.Add(at, path, $"{value} is outside {to.Minimum}..{to.Maximum}", sink.Cite(to.Where()));
        }
    }

    /// <summary>Pulumi YAML's primitive assignability (analyser.go isAssignable, the IsPrimitiveType switch).</summary>
    public static bool Assignable(ValueType from, string to) => (from.Kind, to) switch
    {
        ("any", _) or (_, "any") or (_, "union") => true,
        (_, "string") => from.Kind is "string" or "number" or "integer" or "boolean" or "resource",
        (_, "number" or "integer") => from.Kind is "number" or "integer",
        (_, "boolean") => from.Kind == "boolean",
        ("array", "array") => true,
        ("object", "object" or "map") => true,
        _ => false,
    };

    private static bool IsLiteral(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain || ExpressionTyper.References(scalar.Value ?? string.Empty).Count == 0;

    private static string Describe(YamlNode node, ValueType type) => node is YamlScalarNode { Value: { } text } && text.StartsWith("${", StringComparison.Ordinal)
        ? $"{type} ({text})"
        : type.ToString();

    private static string Article(PropertyFact to) => to.Kind switch
    {
        "integer" => "an integer",
        "array" => $"a list of {(to.Items is null ? "values" : Article(to.Items) + " items")}",
        "object" => "an object",
        _ => $"a {to.Kind}",
    };

    private static string Suggest(string name, IEnumerable<string> known)
    {
        var names = known.Order(StringComparer.Ordinal).ToList();
        var near = names.FirstOrDefault(n => n.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(n, StringComparison.OrdinalIgnoreCase));
        return (near is not null ? $" (did you mean \"{near}\"?)" : string.Empty) + $"; it has {string.Join(", ", names.Take(12))}{(names.Count > 12 ? ", ..." : string.Empty)}";
    }
}
