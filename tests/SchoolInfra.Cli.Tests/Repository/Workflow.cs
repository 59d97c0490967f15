using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>One GitHub workflow of the repository, parsed, with the questions the pipeline tests ask of it.</summary>
internal sealed partial class Workflow
{
    private Workflow(string file, string text, YamlMappingNode root)
    {
        File = file;
        Text = text;
        Root = root;
    }

    /// <summary>The file name, e.g. <c>pr.yml</c>.</summary>
    public string File { get; }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public static IReadOnlyList<Workflow> All { get; } = [.. Directory.GetFiles(RepoPaths.Of(".github", "workflows"), "*.yml")
        .Order(StringComparer.Ordinal)
        .Select(Load)];

    public static Workflow Named(string file) => All.Single(w => w.File == file);

    public static Workflow Load(string path)
    {
        var text = System.IO.File.ReadAllText(path);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new Workflow(Path.GetFileName(path), text, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public static Workflow Parse(string file, string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new Workflow(file, text, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>The events that start it (<c>on:</c> as a name, a list or a map).</summary>
    public IReadOnlyList<string> Events => Child(Root, "on") switch
    {
        YamlScalarNode one => [one.Value ?? string.Empty],
        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
        YamlMappingNode map => [.. map.Children.Keys.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
        _ => [],
    };

    /// <summary>Started by a pull request, so every job runs what the pull request's branch says (the workflow file
    /// itself comes from the branch).</summary>
    public bool RunsPullRequestCode => Events.Any(e => e.StartsWith("pull_request", StringComparison.Ordinal));

    public IReadOnlyList<(string Id, YamlMappingNode Job)> Jobs => Child(Root, "jobs") is YamlMappingNode jobs
        ? [.. jobs.Children.Select(j => (((YamlScalarNode)j.Key).Value ?? string.Empty, (YamlMappingNode)j.Value))]
        : [];

    public YamlMappingNode Job(string id) => Jobs.Single(j => j.Id == id).Job;

    /// <summary>Every <c>uses:</c> of every step, with the line it is on.</summary>
    public IEnumerable<(string Uses, int Line)> Uses() => Jobs
        .SelectMany(j => Steps(j.Job))
        .Select(s => Child(s, "uses"))
        .OfType<YamlScalarNode>()
        .Select(u => (u.Value ?? string.Empty, (int)u.Start.Line));

    public static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        Child(job, "steps") is YamlSequenceNode steps ? steps.Children.OfType<YamlMappingNode>() : [];

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The job's permissions: scope → access; "read-all"/"write-all"/"{}" as one entry keyed "*".</summary>
    public static IReadOnlyDictionary<string, string>? Permissions(YamlMappingNode job) => Child(job, "permissions") switch
    {
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? string.Empty, p => (p.Value as YamlScalarNode)?.Value ?? string.Empty),
        YamlScalarNode all => new Dictionary<string, string> { ["*"] = all.Value ?? string.Empty },
        _ => null,
    };

    /// <summary>The job's text as written in the file: every expression it holds (env, with, run, if).</summary>
    public static string TextOf(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Names of configuration variables and secrets an expression text uses: <c>vars.NAME</c>,
    /// <c>secrets.NAME</c>, <c>secrets[format('PREFIX_{0}', ...)]</c> (as <c>PREFIX_</c>) and the fields read from
    /// a JSON variable, <c>fromJSON(vars.NAME)[...].field</c>.</summary>
    public static IEnumerable<(string Kind, string Name)> Settings(string text)
    {
        foreach (Match m in NamedSetting().Matches(text))
        {
            yield return (m.Groups["kind"].Value, m.Groups["name"].Value);
        }

        foreach (Match m in FormattedSetting().Matches(text))
        {
            yield return (m.Groups["kind"].Value, m.Groups["prefix"].Value);
        }

        foreach (Match m in JsonField().Matches(text))
        {
            yield return ("field of " + m.Groups["name"].Value, m.Groups["field"].Value);
        }
    }

    [GeneratedRegex(@"\b(?<kind>vars|secrets)\.(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex NamedSetting();

    [GeneratedRegex(@"\b(?<kind>vars|secrets)\[\s*format\(\s*'(?<prefix>[A-Za-z0-9_]+)\{0\}'")]
    private static partial Regex FormattedSetting();

    [GeneratedRegex(@"fromJSON\(\s*vars\.(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\)\[[^\]]+\]\.(?<field>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex JsonField();
}
