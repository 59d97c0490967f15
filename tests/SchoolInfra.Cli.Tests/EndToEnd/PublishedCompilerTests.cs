namespace SchoolInfra.Cli.Tests.EndToEnd;

/// <summary>
/// The native compiler, published exactly as the README and the workflows do (NativeAOT, linux-x64), prints the same
/// bytes as <c>schoolinfra compile</c> in every mode Pulumi uses: one compile, two builds. An ahead-of-time image can
/// fail where the JIT-compiled build works (trimmed reflection, a library's native code), so this runs the real artefact.
/// </summary>
public sealed class PublishedCompilerTests
{
    private const string Today = "2026-11-23";

    [Fact]
    public async Task NativeCompiler_EngineMode_ExampleSchool_PrintsTheSameBytesAsSchoolinfraCompile()
    {
        var env = new Dictionary<string, string?>
        {
            ["PULUMI_STACK"] = ExampleSchool.Stack,
            ["PULUMI_PROJECT"] = "schoolinfra",
            ["PULUMI_CONFIG"] = EngineConfig.FromStackFile(ExampleSchool.StackFilePath, new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = "published-test-token" }),
            ["SCHOOLINFRA_TODAY"] = Today,
        };

        var (native, managed) = await BothAsync([], env);

        Assert.True(native.ExitCode == 0, $"exit {native.ExitCode}: {native.StdErr}");
        Assert.StartsWith("name: schoolinfra\n", native.StdOut, StringComparison.Ordinal);
        Assert.Equal(managed, native);
    }

    [Fact]
    public async Task NativeCompiler_StackMode_JamfSchool_PrintsTheGoldenTemplate()
    {
        using var dir = TemporaryDirectory.Create();
        dir.WriteFile("Pulumi.yaml", "name: schoolinfra\nruntime: yaml\n");
        dir.WriteFile("schools/Pulumi.jamf-school.yaml", File.ReadAllText(RepoPaths.Of("tests", "golden", "jamf-school", "Pulumi.jamf-school.yaml")));

        var (native, managed) = await BothAsync(["--stack", "jamf-school", "--today", Today], workingDirectory: dir.Path);

        Assert.True(native.ExitCode == 0, $"exit {native.ExitCode}: {native.StdErr}");
        Assert.Equal(File.ReadAllText(RepoPaths.Of("tests", "golden", "jamf-school", "expected", "template.yaml")), native.StdOut);
        Assert.Equal(managed, native);
    }

    [Fact]
    public async Task NativeCompiler_PackageDiscovery_PrintsTheSameBytesAsSchoolinfraCompile()
    {
        var (native, managed) = await BothAsync([]);

        Assert.True(native.ExitCode == 0, $"exit {native.ExitCode}: {native.StdErr}");
        Assert.Empty(native.StdErr);
        Assert.StartsWith("name: schoolinfra\n", native.StdOut, StringComparison.Ordinal);
        Assert.Equal(managed, native);
    }

    [Fact]
    public async Task NativeCompiler_InvalidSchool_FailsWithTheSameDiagnostics()
    {
        using var dir = TemporaryDirectory.Create();
        dir.WriteFile("Pulumi.yaml", "name: schoolinfra\nruntime: yaml\n");
        dir.WriteFile("schools/Pulumi.broken.yaml", File.ReadAllText(ExampleSchool.StackFilePath)
            .Replace("kind: office\n", "kind: ofice\n", StringComparison.Ordinal)
            .Replace("retentionDays: 365", "retentionDays: 3650", StringComparison.Ordinal));

        var (native, managed) = await BothAsync(["--stack", "broken", "--today", Today], workingDirectory: dir.Path);

        Assert.Equal(1, native.ExitCode);
        Assert.Empty(native.StdOut);
        Assert.Contains("error SI2003", native.StdErr, StringComparison.Ordinal);
        Assert.Equal(managed, native);
    }

    [Fact]
    public void NativeCompiler_IsOneSelfContainedFile()
    {
        var folder = Path.GetDirectoryName(NativeCompiler.Path)!;
        Assert.Equal([NativeCompiler.FileName], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    private static async Task<(CliProcess.Result Native, CliProcess.Result Managed)> BothAsync(
        string[] options, Dictionary<string, string?>? environment = null, string? workingDirectory = null) =>
        (await CliProcess.CompileAsync(CompilerBuild.Native, options, environment, workingDirectory),
         await CliProcess.CompileAsync(CompilerBuild.Managed, options, environment, workingDirectory));
}
