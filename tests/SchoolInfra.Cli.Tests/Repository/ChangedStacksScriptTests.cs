using System.Diagnostics;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>.github/scripts/changed-stacks.sh: which schools a change touches, failing loudly rather than leaving one out.</summary>
public sealed class ChangedStacksScriptTests
{
    private static readonly string Script = RepoPaths.Of(".github", "scripts", "changed-stacks.sh");

    [Fact]
    public async Task All_ListsTheExampleSchool_WithItsKey()
    {
        var (exit, output, _) = await RunAsync(RepoPaths.Root, "--all");
        Assert.Equal(0, exit);
        Assert.Equal("stacks=[\"oakfield-primary\"]\nschools=[{\"stack\":\"oakfield-primary\",\"key\":\"OAKFIELD_PRIMARY\"}]\n", output);
    }

    [Fact]
    public async Task ASchoolsOwnFiles_TouchOnlyThatSchool()
    {
        using var repo = Repository();
        repo.Commit("records", TemporaryGitRepository.Day(2), ("schools/beech-hill/records/2025-09-02-fm-check.yaml", "kind: fmCheck\n"));
        var (exit, output, _) = await RunAsync(repo.WorkingFolder, "HEAD~1");
        Assert.Equal(0, exit);
        Assert.StartsWith("stacks=[\"beech-hill\"]\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeChange_TouchesEverySchool_AndAPolicyChangeOnlyOutsideDeploys()
    {
        using var repo = Repository();
        repo.Commit("code", TemporaryGitRepository.Day(2), ("infra/SchoolInfra.Core/X.cs", "// changed\n"));
        Assert.StartsWith("stacks=[\"beech-hill\",\"oakfield-primary\"]\n", (await RunAsync(repo.WorkingFolder, "--deploy", "HEAD~1")).Output, StringComparison.Ordinal);

        repo.Commit("policy", TemporaryGitRepository.Day(3), ("policy/controls/mfa.yaml", "# changed\n"));
        Assert.StartsWith("stacks=[\"beech-hill\",\"oakfield-primary\"]\n", (await RunAsync(repo.WorkingFolder, "HEAD~1")).Output, StringComparison.Ordinal);
        Assert.StartsWith("stacks=[]\n", (await RunAsync(repo.WorkingFolder, "--deploy", "HEAD~1")).Output, StringComparison.Ordinal);

        repo.Commit("docs", TemporaryGitRepository.Day(4), ("README.md", "# changed\n"));
        Assert.StartsWith("stacks=[]\n", (await RunAsync(repo.WorkingFolder, "HEAD~1")).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schools/Pulumi.Beech_Hill.yaml")]
    [InlineData("schools/Pulumi.beech hill.yaml")]
    [InlineData("schools/-beech/records/2025-09-02-fm-check.yaml")]
    public async Task ANameTheToolWouldReject_FailsLoudly(string path)
    {
        using var repo = Repository();
        repo.Commit("odd name", TemporaryGitRepository.Day(2), (path, "config: {}\n"));
        var (exit, output, error) = await RunAsync(repo.WorkingFolder, "HEAD~1");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("stacks=", output, StringComparison.Ordinal);
        Assert.Contains("::error::", error, StringComparison.Ordinal);
        Assert.Contains("is not a valid school (stack) name", error, StringComparison.Ordinal);

        var (allExit, _, _) = await RunAsync(repo.WorkingFolder, "--all");
        Assert.Equal(path.StartsWith("schools/Pulumi.", StringComparison.Ordinal) ? 1 : 0, allExit);
    }

    [Fact]
    public async Task ADeletedSchool_IsAWarning_AndNotListed()
    {
        using var repo = Repository();
        repo.Commit("close a school", TemporaryGitRepository.Day(2), ("schools/Pulumi.beech-hill.yaml", null));
        var (exit, output, error) = await RunAsync(repo.WorkingFolder, "HEAD~1");
        Assert.Equal(0, exit);
        Assert.StartsWith("stacks=[]\n", output, StringComparison.Ordinal);
        Assert.Contains("::warning file=schools/Pulumi.beech-hill.yaml::The school \"beech-hill\" has no stack file any more", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownBase_MeansEverySchool()
    {
        using var repo = Repository();
        var (exit, output, error) = await RunAsync(repo.WorkingFolder, "0000000000000000000000000000000000000000");
        Assert.Equal(0, exit);
        Assert.StartsWith("stacks=[\"beech-hill\",\"oakfield-primary\"]\n", output, StringComparison.Ordinal);
        Assert.Contains("every school is included", error, StringComparison.Ordinal);
    }

    private static TemporaryGitRepository Repository()
    {
        var repo = new TemporaryGitRepository();
        repo.Commit("two schools", TemporaryGitRepository.Day(1),
            ("schools/Pulumi.oakfield-primary.yaml", "config: {}\n"),
            ("schools/Pulumi.beech-hill.yaml", "config: {}\n"),
            ("README.md", "# schools\n"));
        return repo;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
