using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>The GitHub workflows and ownership rules that make the pipeline the change control (issue 11).</summary>
public sealed class WorkflowTests
{
    private const string Checkout = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";

    [Fact]
    public void Workflows_AreTheFourPipelines()
    {
        Assert.Equal(["deploy.yml", "drift.yml", "pr.yml", "report.yml"], Workflow.All.Select(w => w.File));
    }

    [Fact]
    public void Workflows_PinEveryActionToACommit()
    {
        Assert.Empty(Workflow.All.SelectMany(WorkflowRules.UnpinnedActions));
    }

    [Fact]
    public void UnpinnedActions_CatchesATagAndAShortShaAndAMissingReleaseComment()
    {
        var workflow = Workflow.Parse("planted.yml", """
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v7
                  - uses: actions/setup-dotnet@a98b568
                  - uses: pulumi/actions@8e5e406f4007fca908480587cb9893c07090f58d
                  - uses: azure/login@f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca # v3.0.1
                  - uses: ./.github/actions/local
            """);
        var problems = WorkflowRules.UnpinnedActions(workflow).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains("planted.yml:6: \"actions/checkout@v7\" is not pinned to a full commit SHA.", problems);
        Assert.Contains(problems, p => p.StartsWith("planted.yml:7:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("planted.yml:8:", StringComparison.Ordinal) && p.Contains("comment", StringComparison.Ordinal));
    }

    [Fact]
    public void Workflows_GiveEveryJobItsOwnPermissionsAndNothingByDefault()
    {
        Assert.Empty(Workflow.All.SelectMany(WorkflowRules.MissingPermissions));
    }

    [Fact]
    public void MissingPermissions_CatchesAJobWithoutThem()
    {
        var workflow = Workflow.Parse("planted.yml", """
            on: push
            permissions: {}
            jobs:
              careful:
                runs-on: ubuntu-latest
                permissions: { contents: read }
                steps: [{ run: echo }]
              careless:
                runs-on: ubuntu-latest
                steps: [{ run: echo }]
            """);
        Assert.Equal(["planted.yml: job \"careless\" has no permissions."], WorkflowRules.MissingPermissions(workflow));
    }

    [Fact]
    public void Workflows_NeverUsePullRequestTarget()
    {
        Assert.Empty(Workflow.All.SelectMany(WorkflowRules.PrivilegedPullRequestTriggers));
        var planted = Workflow.Parse("planted.yml", "on: [pull_request_target]\njobs: {}\n");
        Assert.Single(WorkflowRules.PrivilegedPullRequestTriggers(planted));
    }

    [Fact]
    public void PullRequestJobs_HoldNoWriteSecretNoDeployIdentityAndNoEnvironment()
    {
        Assert.True(Workflow.Named("pr.yml").RunsPullRequestCode);
        Assert.Empty(Workflow.All.SelectMany(WorkflowRules.PullRequestWriteCredentials));
    }

    [Fact]
    public void PullRequestWriteCredentials_CatchesTheOldPreviewJob()
    {
        // The preview as it was before issue 11: the deploy identity, the Pulumi token, and write access to the pull request.
        var workflow = Workflow.Parse("planted.yml", $$$"""
            on: { pull_request: {} }
            permissions: {}
            jobs:
              check:
                runs-on: ubuntu-latest
                permissions: { contents: read, pull-requests: write, id-token: write }
                steps:
                  - uses: {{{Checkout}}}
                    with: { persist-credentials: false }
                  - run: pulumi preview
                    env:
                      PULUMI_ACCESS_TOKEN: ${{ secrets.PULUMI_ACCESS_TOKEN }}
                      ARM_CLIENT_ID: ${{ vars.AZURE_CLIENT_ID }}
              sneaky:
                runs-on: ubuntu-latest
                environment: school-oakfield-primary
                permissions: { contents: write }
                steps: [{ run: echo }]
            """);
        var problems = WorkflowRules.PullRequestWriteCredentials(workflow).ToList();
        Assert.Contains("planted.yml: job \"check\" uses the secret PULUMI_ACCESS_TOKEN, which is not one of the read-only ones.", problems);
        Assert.Contains("planted.yml: job \"check\" uses AZURE_CLIENT_ID, a deploy identity.", problems);
        Assert.Contains("planted.yml: job \"check\" runs the branch's code and holds \"pull-requests: write\".", problems);
        Assert.Contains(problems, p => p.StartsWith("planted.yml: job \"sneaky\" uses an environment", StringComparison.Ordinal));
        Assert.Contains("planted.yml: job \"sneaky\" runs the branch's code and holds \"contents: write\".", problems);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void PullRequestWorkflow_WritesOnlyFromAJobThatRunsNoBranchCode()
    {
        var pr = Workflow.Named("pr.yml");
        foreach (var (id, job) in pr.Jobs)
        {
            var writes = (Workflow.Permissions(job) ?? new Dictionary<string, string>()).Where(p => p.Value == "write").Select(p => p.Key).ToList();
            var checksOut = Workflow.Steps(job).Any(s => Workflow.Child(s, "uses") is YamlScalarNode { Value: { } u } && u.StartsWith("actions/checkout@", StringComparison.Ordinal));
            if (id == "publish")
            {
                Assert.False(checksOut);
                Assert.Equal(["pull-requests", "security-events"], writes.Order(StringComparer.Ordinal));
            }
            else if (id == "preview")
            {
                Assert.Equal(["id-token"], writes);
            }
            else
            {
                Assert.Empty(writes);
            }
        }
    }

    [Fact]
    public void Workflows_KeepNoCheckoutCredentials()
    {
        Assert.Empty(Workflow.All.SelectMany(WorkflowRules.PersistedCheckoutCredentials));
        var planted = Workflow.Parse("planted.yml", $"on: push\njobs:\n  a:\n    steps:\n      - uses: {Checkout}\n");
        Assert.Single(WorkflowRules.PersistedCheckoutCredentials(planted));
    }

    [Fact]
    public void Readme_ExplainsEveryVariableAndSecretTheWorkflowsUse()
    {
        var readme = File.ReadAllText(RepoPaths.Of("README.md"));
        Assert.Empty(WorkflowRules.UndocumentedSettings(Workflow.All, readme));

        var settings = Workflow.All.SelectMany(w => Workflow.Settings(w.Text)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PULUMI_ORG", settings);
        Assert.Contains("JAMFPRO_READER_SECRET_", settings);
        Assert.Contains("previewClientId", settings);
        var planted = Workflow.Parse("planted.yml", "on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ vars.UNEXPLAINED_SETTING }}\n");
        Assert.Equal(["planted.yml: vars \"UNEXPLAINED_SETTING\" is not explained in README.md."], WorkflowRules.UndocumentedSettings([planted], readme));
    }

    [Fact]
    public void Workflows_BuildTheCompilerAsAPublishedAssembly_NeverDotnetRun()
    {
        foreach (var workflow in Workflow.All)
        {
            Assert.DoesNotContain("dotnet run", workflow.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Workflows_InstallThePinnedPulumiCli_AndPulumiYamlPinsEveryProvider()
    {
        var version = File.ReadAllText(RepoPaths.Of(".pulumi-version")).Trim();
        Assert.Matches(@"^3\.\d+\.\d+$", version);
        // 3.227.0 is the first CLI whose refresh exits 7 on drift (reference/pulumi-contract.md C.6).
        Assert.True(Version.Parse(version) >= new Version(3, 227, 0));
        foreach (var workflow in Workflow.All.Where(w => w.Text.Contains("pulumi/actions@", StringComparison.Ordinal)))
        {
            foreach (var (_, job) in workflow.Jobs)
            {
                foreach (var step in Workflow.Steps(job).Where(s => Workflow.Child(s, "uses") is YamlScalarNode { Value: { } u } && u.StartsWith("pulumi/actions@", StringComparison.Ordinal)))
                {
                    var with = Assert.IsType<YamlMappingNode>(Workflow.Child(step, "with"));
                    Assert.Equal(".pulumi-version", Assert.IsType<YamlScalarNode>(Workflow.Child(with, "pulumi-version-file")).Value);
                }
            }
        }

        var project = new YamlStream();
        project.Load(new StringReader(File.ReadAllText(RepoPaths.Of("Pulumi.yaml"))));
        var packages = Assert.IsType<YamlMappingNode>(Workflow.Child((YamlMappingNode)project.Documents[0].RootNode, "packages"));
        foreach (var (name, package) in packages.Children)
        {
            var pinned = Workflow.Child((YamlMappingNode)package, "version") as YamlScalarNode;
            Assert.True(pinned?.Value is { Length: > 0 }, $"Pulumi.yaml: package {name} has no version.");
        }
    }

    [Fact]
    public void Deploy_QueuesEachSchoolWithoutCancelling_AndTakesMainsNewestCommit()
    {
        var deploy = Workflow.Named("deploy.yml");
        Assert.Null(Workflow.Child(deploy.Root, "concurrency"));
        var up = deploy.Job("up");
        var concurrency = Assert.IsType<YamlMappingNode>(Workflow.Child(up, "concurrency"));
        Assert.Equal("deploy-${{ matrix.school.stack }}", ((YamlScalarNode)Workflow.Child(concurrency, "group")!).Value);
        Assert.Equal("false", ((YamlScalarNode)Workflow.Child(concurrency, "cancel-in-progress")!).Value);
        Assert.Equal("school-${{ matrix.school.stack }}", ((YamlScalarNode)Workflow.Child(up, "environment")!).Value);

        var steps = Workflow.Steps(up).ToList();
        var checkout = steps.Single(s => Workflow.Child(s, "uses") is YamlScalarNode { Value: { } u } && u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("main", ((YamlScalarNode)Workflow.Child((YamlMappingNode)Workflow.Child(checkout, "with")!, "ref")!).Value);
        var guard = steps.FindIndex(s => Workflow.Child(s, "id") is YamlScalarNode { Value: "guard" });
        var update = steps.FindIndex(s => Workflow.Child(s, "name") is YamlScalarNode { Value: "Update" });
        Assert.True(guard >= 0 && guard < update);
        Assert.Equal("steps.guard.outputs.deploy == 'yes'", ((YamlScalarNode)Workflow.Child(steps[update], "if")!).Value);
    }

    [Fact]
    public void Deploy_RunsForCodeChangesToo()
    {
        var on = Assert.IsType<YamlMappingNode>(Workflow.Child(Workflow.Named("deploy.yml").Root, "on"));
        var push = Assert.IsType<YamlMappingNode>(Workflow.Child(on, "push"));
        Assert.Null(Workflow.Child(push, "paths"));
    }

    [Fact]
    public void PullRequest_SummaryJobWaitsForEveryJob_SoItCanBeTheRequiredCheck()
    {
        var pr = Workflow.Named("pr.yml");
        var summary = pr.Job("summary");
        Assert.Equal("Pull request checks", ((YamlScalarNode)Workflow.Child(summary, "name")!).Value);
        Assert.Equal("always()", ((YamlScalarNode)Workflow.Child(summary, "if")!).Value);
        var needs = ((YamlSequenceNode)Workflow.Child(summary, "needs")!).Children.Select(n => ((YamlScalarNode)n).Value).ToList();
        Assert.Equal(pr.Jobs.Select(j => j.Id).Where(id => id != "summary").Order(StringComparer.Ordinal), needs.Order(StringComparer.Ordinal));
        // A workflow-level paths filter would leave a required check waiting for ever on a pull request it skips.
        var on = Assert.IsType<YamlMappingNode>(Workflow.Child(pr.Root, "on"));
        Assert.Null(Workflow.Child(Assert.IsType<YamlMappingNode>(Workflow.Child(on, "pull_request")), "paths"));
    }

    [Fact]
    public void Workflows_ThatRunPulumi_BuildTheNativeCompilerAsTheReadmeSays()
    {
        const string Publish = "dotnet publish infra/SchoolInfra.Compiler -c Release -r linux-x64 -o tools/compiler";
        Assert.Contains(Publish, File.ReadAllText(RepoPaths.Of("README.md")), StringComparison.Ordinal);
        Assert.Contains(Publish, File.ReadAllText(RepoPaths.Of("Pulumi.yaml")), StringComparison.Ordinal);
        var runPulumi = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.Of(".github", "workflows"), "*.yml"))
        {
            var text = File.ReadAllText(file);
            var pulumi = Regex.Match(text, @"pulumi (preview|up|refresh)\b");
            if (pulumi.Success)
            {
                runPulumi++;
                var publish = text.IndexOf(Publish, StringComparison.Ordinal);
                Assert.True(publish >= 0 && publish < pulumi.Index, $"{Path.GetFileName(file)} runs pulumi without building the native compiler first");
            }
        }

        Assert.True(runPulumi >= 3, "the pull request, deploy and drift workflows run pulumi");
    }

    [Theory]
    [InlineData("dotnet publish infra/SchoolInfra.Compiler -c Release -r linux-x64 -o tools/compiler", "tools/compiler/schoolinfra-compile")]
    [InlineData("dotnet publish infra/SchoolInfra.Cli -c Release -r linux-x64 -o tools/schoolinfra", "tools/schoolinfra/schoolinfra.dll")]
    public void Workflows_ThatRunAPublishedCommand_BuildItFirstAsTheReadmeSays(string publish, string command)
    {
        Assert.Contains(publish, File.ReadAllText(RepoPaths.Of("README.md")), StringComparison.Ordinal);
        var runs = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.Of(".github", "workflows"), "*.yml"))
        {
            var text = File.ReadAllText(file);
            var used = text.IndexOf(command, StringComparison.Ordinal);
            if (used >= 0)
            {
                runs++;
                var built = text.IndexOf(publish, StringComparison.Ordinal);
                Assert.True(built >= 0 && built < used, $"{Path.GetFileName(file)} runs {command} without building it first as the README says");
            }
        }

        Assert.True(runs > 0, $"no workflow runs {command}");
    }

    [Fact]
    public void Tests_PublishTheCommandsAsTheReadmeSays()
    {
        var readme = File.ReadAllText(RepoPaths.Of("README.md"));
        Assert.Contains(PublishedApp.NativeCompiler.PublishCommand + " -o tools/compiler", readme, StringComparison.Ordinal);
        Assert.Contains(PublishedApp.Schoolinfra.PublishCommand + " -o tools/schoolinfra", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeOwners_GiveEverySchoolsFilesToItsOwnApprovers()
    {
        var lines = File.ReadAllLines(RepoPaths.Of(".github", "CODEOWNERS")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        foreach (var stackFile in Directory.GetFiles(RepoPaths.Of("schools"), "Pulumi.*.yaml"))
        {
            var stack = Path.GetFileNameWithoutExtension(stackFile)["Pulumi.".Length..];
            var fileRule = lines.LastOrDefault(l => l.StartsWith($"/schools/Pulumi.{stack}.yaml ", StringComparison.Ordinal));
            var folderRule = lines.LastOrDefault(l => l.StartsWith($"/schools/{stack}/ ", StringComparison.Ordinal));
            Assert.NotNull(fileRule);
            Assert.NotNull(folderRule);
            Assert.True(lines.IndexOf(fileRule) > lines.FindIndex(l => l.StartsWith("* ", StringComparison.Ordinal)), "the school's rule must come after the catch-all");
        }
    }

    [Fact]
    public void Dependabot_KeepsTheActionsCurrent()
    {
        var config = new YamlStream();
        config.Load(new StringReader(File.ReadAllText(RepoPaths.Of(".github", "dependabot.yml"))));
        var updates = (YamlSequenceNode)Workflow.Child((YamlMappingNode)config.Documents[0].RootNode, "updates")!;
        var ecosystems = updates.Children.Select(u => ((YamlScalarNode)Workflow.Child((YamlMappingNode)u, "package-ecosystem")!).Value).ToList();
        Assert.Contains("github-actions", ecosystems);
        Assert.Contains("nuget", ecosystems);
    }
}
