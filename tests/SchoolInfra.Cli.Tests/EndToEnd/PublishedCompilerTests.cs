using System.Diagnostics;

namespace SchoolInfra.Cli.Tests.EndToEnd;

/// <summary>
/// Publishes the compiler exactly as the README and the workflows do (ReadyToRun, linux-x64) and runs it the way
/// Pulumi does. A precompiled image can fail where the JIT-compiled build works, so this runs the real artefact.
/// </summary>
public sealed class PublishedCompilerTests : IClassFixture<PublishedCompilerTests.Published>
{
    private readonly Published _published;

    public PublishedCompilerTests(Published published) => _published = published;

    [Fact]
    public async Task PublishedCompiler_EngineMode_PrintsTheSameTemplateAsTheBuild()
    {
        var env = new Dictionary<string, string?>
        {
            ["PULUMI_STACK"] = ExampleSchool.Stack,
            ["PULUMI_PROJECT"] = "schoolinfra",
            ["PULUMI_CONFIG"] = EngineConfig.FromStackFile(ExampleSchool.StackFilePath, new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = "published-test-token" }),
            ["SCHOOLINFRA_TODAY"] = "2026-11-23",
        };
        var published = await CliProcess.RunAsync(["compile"], env, assembly: _published.Assembly);
        var built = await CliProcess.RunAsync(["compile"], env);
        Assert.True(published.ExitCode == 0, $"exit {published.ExitCode}: {published.StdErr}");
        Assert.Equal(built.StdOut, published.StdOut);
    }

    [Fact]
    public async Task PublishedCompiler_PackageDiscovery_ExitsZero()
    {
        var run = await CliProcess.RunAsync(["compile"], assembly: _published.Assembly);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.StdErr}");
        Assert.StartsWith("name: schoolinfra\n", run.StdOut, StringComparison.Ordinal);
    }

    public sealed class Published : IDisposable
    {
        private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();

        public Published()
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
            foreach (var arg in new[] { "publish", "infra/SchoolInfra.Cli", "-c", "Release", "-r", "linux-x64", "-o", _folder.Path, "--nologo", "-v", "q" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish failed: {output.Result}{error.Result}");
            }

            Assembly = _folder.Of("schoolinfra.dll");
        }

        public string Assembly { get; }

        public void Dispose() => _folder.Dispose();
    }
}
