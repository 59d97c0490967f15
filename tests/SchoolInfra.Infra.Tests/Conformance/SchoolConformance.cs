using SchoolInfra.Infra.Compile;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>Runs the conformance check on a compiled school, naming each resource's stack-file line.</summary>
internal static class SchoolConformance
{
    public static IReadOnlyList<ConformanceFailure> Check(CompileResult result, string stackText, string? template = null)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var state = result.State!;
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in state.Resources)
        {
            lines[resource.LogicalName] = resource.Source.ToString();
        }

        foreach (var variable in state.Variables)
        {
            lines[variable.Name] = variable.Source.ToString();
        }

        return new ConformanceChecker(ProviderFacts.Pinned).Check(template ?? result.Template!, lines, ConfigKeys(stackText), RepoPaths.Root);
    }

    /// <summary>Fails with every failure, one per line, so a red test reads as a list of fixes.</summary>
    public static void AssertConforms(IReadOnlyList<ConformanceFailure> failures) =>
        Assert.True(failures.Count == 0, $"{failures.Count} conformance failure(s):\n" + string.Join("\n", failures.Select(f => f.Format())));

    /// <summary>The stack's config keys in the project namespace (<c>schoolinfra:x</c> is <c>${x}</c> in the template).</summary>
    private static IEnumerable<string> ConfigKeys(string stackText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(stackText));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var config = root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "config" }).Value as YamlMappingNode;
        return (config?.Children.Keys ?? []).OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty)
            .Where(k => k.StartsWith("schoolinfra:", StringComparison.Ordinal))
            .Select(k => k["schoolinfra:".Length..]);
    }
}
