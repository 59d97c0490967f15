using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// Types template expressions the way Pulumi YAML does (pulumi-yaml@36f271cf, cited in PulumiYamlTypeRules.md):
/// a quoted scalar is a string, a plain one a number or boolean; a string that is exactly one <c>${...}</c> is typed by
/// what it refers to (a resource, a resource output, a variable or a config value), any other string with
/// interpolations is a string; <c>fn::invoke</c> is typed by the function's <c>return</c> output. Every reference must
/// resolve and every invoke must name a function and arguments the facts know.
/// </summary>
internal sealed class ExpressionTyper(ProviderFacts facts, TemplateSymbols symbols)
{
    private readonly Dictionary<string, ValueType> _variableTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typing = new(StringComparer.Ordinal);

    /// <summary>Checks invoke arguments; set once both workers exist (they call each other).</summary>
    public ValueChecker? Values { get; set; }

    /// <summary>The type of <paramref name="node"/>; unresolved references and unknown functions go to <paramref name="sink"/>.</summary>
    public ValueType TypeOf(YamlNode node, string path, FailureSink sink)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain:
                return PlainScalar(scalar.Value ?? string.Empty);
            case YamlScalarNode scalar:
                return TypeOfString(scalar, scalar.Value ?? string.Empty, path, sink);
            case YamlSequenceNode sequence:
                var items = sequence.Children.Select((c, i) => TypeOf(c, $"{path}[{i}]", sink)).Distinct().ToList();
                return new ValueType("array", items.Count == 1 ? items[0] : ValueType.Any);
            case YamlMappingNode mapping when Builtin(mapping) is { } builtin:
                return TypeOfBuiltin(builtin.Key, builtin.Value, Join(path, builtin.Key), sink);
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    TypeOf(value, Join(path, ((YamlScalarNode)key).Value ?? string.Empty), sink);
                }

                return ValueType.Object;
            default:
                return ValueType.Any;
        }
    }

    /// <summary>A mapping with one <c>fn::</c> key is a builtin call (pulumi-yaml ast/expr.go, tryParseFunction).</summary>
    public static (string Key, YamlNode Value)? Builtin(YamlMappingNode mapping) =>
        mapping.Children.Count == 1 && mapping.Children.First().Key is YamlScalarNode { Value: { } key } && key.StartsWith("fn::", StringComparison.Ordinal)
            ? (key, mapping.Children.First().Value)
            : null;

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static ValueType PlainScalar(string text) => text switch
    {
        "true" or "false" => ValueType.Boolean,
        "null" or "~" or "" => ValueType.Any,
        _ when long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _) => ValueType.Number,
        _ when double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _) => ValueType.Number,
        _ => ValueType.String,
    };

    private ValueType TypeOfString(YamlScalarNode at, string text, string path, FailureSink sink)
    {
        var references = References(text);
        if (references.Count == 1 && text == "${" + references[0] + "}")
        {
            return TypeOfReference(at, references[0], path, sink);
        }

        foreach (var reference in references)
        {
            TypeOfReference(at, reference, path, sink);
        }

        return ValueType.String;
    }

    /// <summary>The <c>${...}</c> references in a template string; <c>$$</c> is a literal dollar (ast/interpolation.go).</summary>
    public static List<string> References(string text)
    {
        var found = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '$' || i + 1 >= text.Length)
            {
                continue;
            }

            if (text[i + 1] == '$')
            {
                i++;
                continue;
            }

            if (text[i + 1] == '{')
            {
                var end = text.IndexOf('}', i + 2);
                found.Add(end < 0 ? text[(i + 2)..] : text[(i + 2)..end]);
                i = end < 0 ? text.Length : end;
            }
        }

        return found;
    }

    public ValueType TypeOfReference(YamlNode at, string reference, string path, FailureSink sink)
    {
        var parts = reference.Split(['.', '[', ']', '"'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var root = parts.Count > 0 ? parts[0] : reference;
        var accessors = parts.Skip(1).ToList();
        if (symbols.Resources.TryGetValue(root, out var resource))
        {
            if (accessors.Count == 0)
            {
                // A bare resource coerces to a string (its URN) and is what dependsOn takes (analyser.go isAssignable).
                return ValueType.Resource(resource.Token);
            }

            // Every custom resource has id and urn, both strings (analyser.go typePropertyAccess).
            if (accessors[0] is "id" or "urn")
            {
                return ValueType.String;
            }

            if (facts.Resource(resource.Token) is not { } known)
            {
                return ValueType.Any;
            }

            if (!known.Type.Outputs.TryGetValue(accessors[0], out var output))
            {
                sink.Add(at, path, $"${{{reference}}} names no output \"{accessors[0]}\" of {resource.Token}",
                    known.Package.Cite($"{known.Type.File}:{known.Type.Line}"));
                return ValueType.Any;
            }

            return accessors.Count == 1 ? ValueType.Of(output.Kind) : ValueType.Any;
        }

        if (symbols.Variables.TryGetValue(root, out var variable))
        {
            return accessors.Count == 0 ? VariableType(root, variable) : ValueType.Any;
        }

        if (symbols.Config.Contains(root))
        {
            // Stack config reaches the template as strings (analyser.go typeConfig; secrets stay strings).
            return ValueType.String;
        }

        sink.Add(at, path, $"${{{reference}}} does not resolve to a resource, variable or config value of the template",
            "pulumi-yaml analyser.go typeSymbol");
        return ValueType.Any;
    }

    private ValueType VariableType(string name, TemplateVariable variable)
    {
        if (_variableTypes.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_typing.Add(name))
        {
            return ValueType.Any;
        }

        // A variable's own failures are reported once, where the variable is checked.
        var type = TypeOf(variable.Node, string.Empty, new FailureSink(name, variable.StackFile, null));
        _variableTypes[name] = type;
        return type;
    }

    private ValueType TypeOfBuiltin(string key, YamlNode value, string path, FailureSink sink)
    {
        switch (key)
        {
            case "fn::invoke":
                return TypeOfInvoke(value, path, sink);
            case "fn::secret":
                return TypeOf(value, path, sink);
            case "fn::readFile":
                if (value is not YamlScalarNode { Value: { } file })
                {
                    sink.Add(value, path, "fn::readFile takes a path", "pulumi-yaml ast/expr.go parseReadFile");
                }
                else if (!File.Exists(Path.Combine(symbols.ProgramDirectory, file)))
                {
                    sink.Add(value, path, $"fn::readFile names \"{file}\", which is not in the Pulumi program directory", "pulumi-yaml run.go evaluateBuiltinReadFile");
                }

                return ValueType.String;
            default:
                sink.Add(value, path, $"{key} is not a builtin the conformance check knows; add its typing rule first", "pulumi-yaml ast/expr.go tryParseFunction");
                return ValueType.Any;
        }
    }

    private ValueType TypeOfInvoke(YamlNode value, string path, FailureSink sink)
    {
        if (value is not YamlMappingNode call || call.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "function") is not { } functionKey
            || call.Children[functionKey] is not YamlScalarNode { Value: { } token })
        {
            sink.Add(value, path, "fn::invoke without a function token", "pulumi-yaml ast/expr.go parseInvoke");
            return ValueType.Any;
        }

        foreach (var key in call.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty))
        {
            if (key is not ("function" or "arguments" or "return" or "options"))
            {
                sink.Add(call, Join(path, key), $"fn::invoke has no field \"{key}\"", "pulumi-yaml ast/expr.go parseInvoke");
            }
        }

        if (facts.Function(token) is not { } function)
        {
            sink.Add(functionKey, Join(path, "function"), $"function \"{token}\" has no facts: read it from the {ProviderFacts.PackageOf(token)} provider's source into {ProviderFacts.Folder} first",
                $"facts of {ProviderFacts.PackageOf(token)}: {(facts.Package(ProviderFacts.PackageOf(token)) is { } p ? p.Version : "none (package not pinned)")}");
            return ValueType.Any;
        }

        var invokeSink = new FailureSink(sink.Resource, sink.StackFile, function.Package);
        var arguments = call.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "arguments" }).Value;
        Values?.CheckObject(arguments as YamlMappingNode ?? new YamlMappingNode(), function.Type.Inputs, $"{token} arguments",
            $"{function.Type.File}:{function.Type.Line}", Join(path, "arguments"), invokeSink);
        sink.Failures.AddRange(invokeSink.Failures);

        if (call.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "return" }).Value is not YamlScalarNode { Value: { } returned })
        {
            return ValueType.Object;
        }

        // The return field names an output, compared case-insensitively (analyser.go typeInvoke, strings.EqualFold).
        var output = function.Type.Outputs.FirstOrDefault(o => string.Equals(o.Key, returned, StringComparison.OrdinalIgnoreCase));
        if (output.Value is null)
        {
            sink.Add(value, Join(path, "return"), $"{token} has no output \"{returned}\"; it has {string.Join(", ", function.Type.Outputs.Keys)}",
                function.Package.Cite($"{function.Type.File}:{function.Type.Line}"));
            return ValueType.Any;
        }

        return ValueType.Of(output.Value.Kind);
    }
}
