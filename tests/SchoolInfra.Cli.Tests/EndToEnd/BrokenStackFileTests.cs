namespace SchoolInfra.Cli.Tests.EndToEnd;

public sealed class BrokenStackFileTests
{
    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task Compile_BrokenStackFile_ReportsEveryProblemWithPositionsAndPrintsNoTemplate(CompilerBuild build)
    {
        using var dir = TemporaryDirectory.Create();
        var yaml = File.ReadAllText(ExampleSchool.StackFilePath)
            .Replace("staffMinLength: 12", "staffMinLenght: 12", StringComparison.Ordinal)
            .Replace("groups: [year6Pupils]", "groups: [yr6Pupils]", StringComparison.Ordinal)
            .Replace("kind: office\n", "kind: ofice\n", StringComparison.Ordinal)
            .Replace("retentionDays: 365", "retentionDays: 3650", StringComparison.Ordinal);
        dir.WriteFile("schools/Pulumi.broken.yaml", yaml);
        dir.WriteFile("Pulumi.yaml", "name: schoolinfra\nruntime: yaml\n");

        var run = await CliProcess.CompileAsync(build, ["--stack", "broken", "--today", "2026-11-23"], workingDirectory: dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.StdOut);
        var lines = run.StdErr.Split('\n').Where(l => l.Contains(": error SI", StringComparison.Ordinal)).ToList();
        Assert.Equal(["SI2001", "SI2003", "SI2004", "SI2005"], lines.Select(l => l[(l.IndexOf("SI", StringComparison.Ordinal))..][..6]).Order().ToList());
        Assert.All(lines, l => Assert.Matches(@"^schools/Pulumi\.broken\.yaml:\d+:\d+: error SI\d{4}: ", l));
        Assert.Contains("    hint: did you mean \"staffMinLength\"?", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task Compile_MalformedYaml_IsSI1001WithPosition(CompilerBuild build)
    {
        using var dir = TemporaryDirectory.Create();
        dir.WriteFile("schools/Pulumi.bad.yaml", "config:\n  schoolinfra:school:\n    name: [unclosed\n");
        dir.WriteFile("Pulumi.yaml", "name: schoolinfra\nruntime: yaml\n");
        var run = await CliProcess.CompileAsync(build, ["--stack", "bad"], workingDirectory: dir.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.StdOut);
        Assert.Matches(@"schools/Pulumi\.bad\.yaml:\d+:\d+: error SI1001: The file is not valid YAML", run.StdErr);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task Compile_MissingStackFile_IsSI1005(CompilerBuild build)
    {
        var run = await CliProcess.CompileAsync(build, ["--stack", "no-such-school"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SI1005: The file \"schools/Pulumi.no-such-school.yaml\" cannot be read: it does not exist.", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompilerBuild.Managed)]
    [InlineData(CompilerBuild.Native)]
    public async Task Compile_FileWithoutConfigSection_IsSI1008(CompilerBuild build)
    {
        using var dir = TemporaryDirectory.Create();
        dir.WriteFile("schools/Pulumi.empty.yaml", "encryptionsalt: x\n");
        dir.WriteFile("Pulumi.yaml", "name: schoolinfra\nruntime: yaml\n");
        var run = await CliProcess.CompileAsync(build, ["--stack", "empty"], workingDirectory: dir.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SI1008", run.StdErr, StringComparison.Ordinal);
    }
}
