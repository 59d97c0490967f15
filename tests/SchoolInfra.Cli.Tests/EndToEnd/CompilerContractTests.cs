using SchoolInfra.Infra.Types;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Cli.Tests.EndToEnd;

/// <summary>
/// The Pulumi YAML compiler contract (pulumi-contract.md A), tested the way the engine behaves: the compiler in its own
/// process, PULUMI_STACK / PULUMI_CONFIG set as the language host sets them, stdout parsed as a template. Every test
/// runs both builds: <c>schoolinfra compile</c> and the native <c>schoolinfra-compile</c> that Pulumi.yaml runs.
/// </summary>
public sealed class CompilerContractTests
{
    private const string SecretPlaintext = "ade-token-PLAINTEXT-7f3c9a1e";
    private const string Today = "2026-11-23";

    private static readonly Dictionary<string, string> Secrets = new() { ["schoolinfra:jamfAdeToken"] = SecretPlaintext };

    private static Dictionary<string, string?> Engine(string stack) => new()
    {
        ["PULUMI_STACK"] = stack,
        ["PULUMI_PROJECT"] = "schoolinfra",
        ["PULUMI_ORGANIZATION"] = "organization",
        ["PULUMI_ROOT_DIRECTORY"] = RepoPaths.Root,
        ["PULUMI_CONFIG"] = EngineConfig.FromStackFile(ExampleSchool.StackFilePath, Secrets),
        ["SCHOOLINFRA_TODAY"] = Today,
    };

    private static YamlMappingNode ParseTemplate(string stdout)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(stdout));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<(string Name, YamlMappingNode Resource)> Resources(YamlMappingNode template) =>
        ((YamlMappingNode)template["resources"]).Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value));

    private static string Type(YamlMappingNode resource) => ((YamlScalarNode)resource["type"]).Value!;

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_ExampleSchool_PrintsOnlyAValidTemplate(CompilerBuild build)
    {
        var run = await CliProcess.CompileAsync(build, [], Engine("oakfield-primary"));
        Assert.True(run.ExitCode == 0, run.StdErr);
        var template = ParseTemplate(run.StdOut);
        Assert.Equal("schoolinfra", ((YamlScalarNode)template["name"]).Value);

        var resources = Resources(template).ToList();
        Assert.Contains(resources, r => r.Name == "group-year6Pupils" && Type(r.Resource) == "azuread:index/group:Group");
        Assert.Contains(resources, r => r.Name == "group-teaching");
        Assert.All(resources, r => Assert.Contains(Type(r.Resource), KnownTypes.Resources));

        var policies = resources.Where(r => Type(r.Resource) == "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy").ToList();
        Assert.NotEmpty(policies);
        var mfa = policies.Single(p => p.Name == "ca-require-mfa").Resource;
        var grant = (YamlMappingNode)((YamlMappingNode)mfa["properties"])["grantControls"];
        Assert.Contains("mfa", ((YamlSequenceNode)grant["builtInControls"]).Children.Select(c => ((YamlScalarNode)c).Value));

        // Both break-glass accounts are excluded from every policy, and nothing else is.
        foreach (var (name, policy) in policies)
        {
            var users = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)policy["properties"])["conditions"])["users"];
            var excluded = ((YamlSequenceNode)users["excludedUsers"]).Children.Select(c => ((YamlScalarNode)c).Value).ToList();
            Assert.True(excluded.SequenceEqual(["${breakGlass-emergency1}", "${breakGlass-emergency2}"]), name);
            Assert.False(users.Children.ContainsKey("excludedGroups"), name);
        }
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_SecretValue_IsReferencedNeverCopied(CompilerBuild build)
    {
        var run = await CliProcess.CompileAsync(build, [], Engine("oakfield-primary"));
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(SecretPlaintext, run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretPlaintext, run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_SecretValueOnAFailedRun_IsNotEchoed(CompilerBuild build)
    {
        var env = Engine("oakfield-primary");
        env["PULUMI_CONFIG"] = env["PULUMI_CONFIG"]!.Replace("\\\"kind\\\":\\\"teaching\\\"", "\\\"kind\\\":\\\"wizard\\\"", StringComparison.Ordinal);
        Assert.NotEqual(Engine("oakfield-primary")["PULUMI_CONFIG"], env["PULUMI_CONFIG"]);
        var run = await CliProcess.CompileAsync(build, [], env);
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.StdOut);
        Assert.DoesNotContain(SecretPlaintext, run.StdErr, StringComparison.Ordinal);
        Assert.Contains("SI2003", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("PULUMI_CONFIG[schoolinfra:identity]", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_AndStackFileMode_GiveTheSameTemplate(CompilerBuild build)
    {
        var engine = await CliProcess.CompileAsync(build, [], Engine("oakfield-primary"));
        var file = await CliProcess.CompileAsync(build, ["--stack", "oakfield-primary"], new Dictionary<string, string?> { ["SCHOOLINFRA_TODAY"] = Today });
        Assert.Equal(0, engine.ExitCode);
        Assert.Equal(0, file.ExitCode);
        Assert.Equal(file.StdOut, engine.StdOut);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_FullyQualifiedStackName_UsesTheLastSegment(CompilerBuild build)
    {
        var qualified = await CliProcess.CompileAsync(build, [], Engine("example-trust/schoolinfra/oakfield-primary"));
        var plain = await CliProcess.CompileAsync(build, [], Engine("oakfield-primary"));
        Assert.Equal(0, qualified.ExitCode);
        Assert.Equal(plain.StdOut, qualified.StdOut);
        Assert.Contains("(stack oakfield-primary)", qualified.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_NullConfig_FailsWithAReasonOnStderr(CompilerBuild build)
    {
        var env = Engine("oakfield-primary");
        env["PULUMI_CONFIG"] = "null";
        var run = await CliProcess.CompileAsync(build, [], env);
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.StdOut);
        Assert.Contains("SI2002", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task EngineMode_ConfigThatIsNotAnObjectOfStrings_IsSI1009(CompilerBuild build)
    {
        var env = Engine("oakfield-primary");
        env["PULUMI_CONFIG"] = "{\"schoolinfra:school\": 3}";
        var run = await CliProcess.CompileAsync(build, [], env);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SI1009", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task DiscoveryMode_NoPulumiVariables_ExitsZeroAndNamesEveryPackage(CompilerBuild build)
    {
        var run = await CliProcess.CompileAsync(build, []);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var template = ParseTemplate(run.StdOut);
        var types = Resources(template).Select(r => Type(r.Resource)).ToHashSet();
        // A package is named by a resource type or, for a functions-only package such as std, an invoked function.
        var functions = run.StdOut.Split('\n').Where(l => l.TrimStart().StartsWith("function: ", StringComparison.Ordinal))
            .Select(l => l.Trim()["function: ".Length..].Trim('"')).ToHashSet();
        foreach (var package in KnownTypes.Packages)
        {
            Assert.Contains(types.Concat(functions), t => t.StartsWith(package.Name + ":", StringComparison.Ordinal));
        }

        Assert.Superset(KnownTypes.Resources.ToHashSet(), types);
        Assert.Superset(types, KnownTypes.Resources.ToHashSet());
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task DiscoveryMode_FromAnotherFolder_StillWorks(CompilerBuild build)
    {
        var run = await CliProcess.CompileAsync(build, [], workingDirectory: Path.GetTempPath());
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("name: schoolinfra\n", run.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task StackMode_LiteralDollarInConfig_IsEscaped(CompilerBuild build)
    {
        using var dir = TemporaryDirectory.Create();
        var yaml = File.ReadAllText(ExampleSchool.StackFilePath)
            .Replace("purpose: Members of the governing body.", "purpose: Members of the governing body (budget $5k).", StringComparison.Ordinal);
        dir.WriteFile("schools/Pulumi.dollar-test.yaml", yaml);
        // The example's baseline scripts are read (and parsed) from the schools folder during validation.
        foreach (var script in Directory.GetFiles(RepoPaths.Of("schools", "oakfield-primary", "scripts")))
        {
            dir.WriteFile($"schools/oakfield-primary/scripts/{Path.GetFileName(script)}", File.ReadAllText(script));
        }

        dir.WriteFile("Pulumi.yaml", "name: schoolinfra\nruntime: yaml\n");
        var run = await CliProcess.CompileAsync(build, ["--stack", "dollar-test", "--today", Today], workingDirectory: dir.Path);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("\"Members of the governing body (budget $$5k).\"", run.StdOut, StringComparison.Ordinal);
    }
}
