using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// Checks an emitted Pulumi YAML template against the pinned providers' facts, as `pulumi preview` would before it
/// deploys anything: every resource's type token has facts (a type without facts fails: nothing unverified ships),
/// every property name exists at every depth, required properties are present, values fit Pulumi YAML's type rules
/// and the providers' validators, resource options are ones Pulumi YAML knows, dependsOn and every <c>${...}</c>
/// reference resolves, and every <c>fn::invoke</c> names a known function, arguments and return value.
/// </summary>
internal sealed class ConformanceChecker
{
    /// <summary>Keys of a resource (pulumi-yaml ast/template.go ResourceDecl.Fields, plus "condition" and "metadata" in analyser.go).</summary>
    private static readonly HashSet<string> ResourceKeys = ["type", "name", "defaultprovider", "properties", "options", "get", "condition", "metadata"];

    /// <summary>Resource options: the fields of ast.ResourceOptionsDecl, lower-camel (analyser.go ResourceOptionsTypeHint).</summary>
    private static readonly HashSet<string> OptionKeys =
    [
        "additionalSecretOutputs", "aliases", "customTimeouts", "deleteBeforeReplace", "dependsOn", "ignoreChanges", "import", "parent",
        "protect", "provider", "providers", "version", "pluginDownloadURL", "replaceOnChanges", "retainOnDelete", "replaceWith",
        "deletedWith", "hideDiffs", "replacementTrigger", "envVarMappings",
    ];

    private readonly ProviderFacts _facts;

    public ConformanceChecker(ProviderFacts facts) => _facts = facts;

    /// <summary>
    /// Checks <paramref name="template"/>. <paramref name="stackLines"/> maps each resource and variable to the
    /// stack-file location it came from; <paramref name="config"/> names the stack's config keys.
    /// </summary>
    public IReadOnlyList<ConformanceFailure> Check(string template, IReadOnlyDictionary<string, string> stackLines, IEnumerable<string> config,
        string programDirectory)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(template));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var symbols = new TemplateSymbols { ProgramDirectory = programDirectory };
        symbols.Config.UnionWith(config);
        var resources = Section(root, "resources");
        var variables = Section(root, "variables");
        foreach (var (key, value) in Entries(resources))
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            var token = value is YamlMappingNode m && m.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "type" }).Value is YamlScalarNode { Value: { } t } ? t : string.Empty;
            symbols.Resources[name] = new TemplateResource(token, value as YamlMappingNode ?? new YamlMappingNode(), stackLines.GetValueOrDefault(name, string.Empty));
        }

        foreach (var (key, value) in Entries(variables))
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            symbols.Variables[name] = new TemplateVariable(value, stackLines.GetValueOrDefault(name, string.Empty));
        }

        var typer = new ExpressionTyper(_facts, symbols);
        var values = new ValueChecker(typer);
        typer.Values = values;
        var failures = new List<ConformanceFailure>();
        foreach (var (name, variable) in symbols.Variables)
        {
            var sink = new FailureSink(name, variable.StackFile, null);
            typer.TypeOf(variable.Node, string.Empty, sink);
            failures.AddRange(sink.Failures);
        }

        foreach (var (name, resource) in symbols.Resources)
        {
            failures.AddRange(CheckResource(name, resource, symbols, typer, values));
        }

        foreach (var (key, value) in Entries(Section(root, "outputs")))
        {
            var sink = new FailureSink(((YamlScalarNode)key).Value ?? string.Empty, string.Empty, null);
            typer.TypeOf(value, string.Empty, sink);
            failures.AddRange(sink.Failures.Select(f => f with { Resource = "outputs." + f.Resource }));
        }

        return failures;
    }

    private List<ConformanceFailure> CheckResource(string name, TemplateResource resource, TemplateSymbols symbols, ExpressionTyper typer, ValueChecker values)
    {
        var known = _facts.Resource(resource.Token);
        var sink = new FailureSink(name, resource.StackFile, known?.Package);
        foreach (var (key, _) in resource.Node.Children)
        {
            var text = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!ResourceKeys.Contains(text.ToLowerInvariant()))
            {
                sink.Add(key, text, $"a resource has no field \"{text}\"", "pulumi-yaml analyser.go typeResource (validKeys)");
            }
        }

        var properties = resource.Node.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "properties" }).Value as YamlMappingNode;
        if (known is not { } facts)
        {
            var package = _facts.Package(ProviderFacts.PackageOf(resource.Token));
            sink.Add(resource.Node, "type", $"type \"{resource.Token}\" has no facts: read its schema from the provider's source into {ProviderFacts.Folder} before emitting it",
                package is null ? $"package \"{ProviderFacts.PackageOf(resource.Token)}\" has no facts at all (is it pinned?)" : $"facts of {package.Package} {package.Version}");
            if (properties is not null)
            {
                typer.TypeOf(properties, string.Empty, sink);
            }
        }
        else
        {
            values.CheckObject(properties ?? new YamlMappingNode(), facts.Type.Inputs, resource.Token, $"{facts.Type.File}:{facts.Type.Line}", string.Empty, sink);
        }

        if (resource.Node.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "options" }).Value is YamlMappingNode options)
        {
            CheckOptions(options, known?.Type, symbols, typer, sink);
        }

        return sink.Failures;
    }

    private static void CheckOptions(YamlMappingNode options, TypeFacts? type, TemplateSymbols symbols, ExpressionTyper typer, FailureSink sink)
    {
        foreach (var (key, value) in options.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            var path = "options." + name;
            if (!OptionKeys.Contains(name))
            {
                sink.Add(key, path, $"\"{name}\" is not a resource option", "pulumi-yaml ast/template.go ResourceOptionsDecl");
                continue;
            }

            switch (name)
            {
                case "dependsOn":
                    var items = value is YamlSequenceNode list ? list.Children : [value];
                    for (var i = 0; i < items.Count; i++)
                    {
                        var text = (items[i] as YamlScalarNode)?.Value ?? string.Empty;
                        var target = text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') ? text[2..^1] : null;
                        if (target is null || !symbols.Resources.ContainsKey(target))
                        {
                            sink.Add(items[i], $"{path}[{i}]", $"dependsOn entry \"{text}\" is not ${{resource}} of a resource in the template", "pulumi-yaml run.go evaluateResourceListValuedOption");
                        }
                    }

                    break;
                case "protect" or "retainOnDelete" or "deleteBeforeReplace":
                    if (!ValueChecker.Assignable(typer.TypeOf(value, path, sink), "boolean"))
                    {
                        sink.Add(value, path, $"{name} takes true or false", "pulumi-yaml ast/template.go ResourceOptionsDecl");
                    }

                    break;
                case "ignoreChanges" or "replaceOnChanges" or "hideDiffs" or "additionalSecretOutputs":
                    foreach (var item in (value as YamlSequenceNode)?.Children ?? [])
                    {
                        var property = ((item as YamlScalarNode)?.Value ?? string.Empty).Split('.', '[')[0];
                        if (type is not null && !type.Inputs.ContainsKey(property) && !type.Outputs.ContainsKey(property))
                        {
                            sink.Add(item, path, $"{name} names \"{property}\", which is not a property of the resource", sink.Cite($"{type.File}:{type.Line}"));
                        }
                    }

                    break;
                default:
                    typer.TypeOf(value, path, sink);
                    break;
            }
        }
    }

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode? section) =>
        section?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>();

    private static YamlMappingNode? Section(YamlMappingNode root, string name) =>
        root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: { } k } && k == name).Value as YamlMappingNode;
}
