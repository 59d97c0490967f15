using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SchoolInfra.Testing;

namespace SchoolInfra.Benchmarks;

/// <summary>
/// Whole-process wall time of the compiler as Pulumi runs it (engine mode and package discovery), against a
/// "hello world" .NET process started the same way in the same run. The compiler measured is the published,
/// precompiled one in tools/compiler/ when present (dotnet publish infra/SchoolInfra.Cli -c Release -r linux-x64
/// -o tools/compiler), otherwise the copy built beside the benchmarks.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30)]
[MedianColumn]
public class ProcessBenchmarks
{
    private string _compiler = string.Empty;
    private string _config = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var published = RepoPaths.Of("tools", "compiler", "schoolinfra.dll");
        _compiler = File.Exists(published) ? published : Path.Combine(AppContext.BaseDirectory, "schoolinfra.dll");
        Console.WriteLine($"// compiler: {(File.Exists(published) ? "tools/compiler (published, ReadyToRun)" : "benchmark output (not ReadyToRun)")}");
        _config = EngineConfig.FromStackFile(ExampleSchool.StackFilePath, new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = "benchmark-token" });
    }

    [Benchmark(Baseline = true)]
    public int HelloWorldProcess() => Run(Path.Combine(AppContext.BaseDirectory, "SchoolInfra.HelloBaseline.dll"), [], engine: false);

    [Benchmark]
    public int CompilerEngineMode() => Run(_compiler, ["compile"], engine: true);

    [Benchmark]
    public int CompilerPackageDiscovery() => Run(_compiler, ["compile"], engine: false);

    private int Run(string dll, string[] args, bool engine)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PULUMI_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        if (engine)
        {
            start.Environment["PULUMI_STACK"] = ExampleSchool.Stack;
            start.Environment["PULUMI_PROJECT"] = "schoolinfra";
            start.Environment["PULUMI_CONFIG"] = _config;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"{dll} exited {process.ExitCode}");
    }
}
