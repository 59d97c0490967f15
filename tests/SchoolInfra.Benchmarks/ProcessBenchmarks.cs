using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SchoolInfra.Testing;

namespace SchoolInfra.Benchmarks;

/// <summary>
/// Whole-process wall time of the compiler as Pulumi runs it, in one run: the native compiler in engine mode and in
/// package discovery, the managed compile (<c>dotnet schoolinfra.dll compile</c>, engine mode), and a "hello world"
/// .NET process started the same way as the managed one (the baseline). Each process is started from here, so all
/// share the same fork and pipe costs.
/// <list type="bullet">
/// <item>Native: tools/compiler/schoolinfra-compile when present (the README's publish line), else the copy the tests
/// publish into obj/published/.</item>
/// <item>Managed: tools/schoolinfra/schoolinfra.dll when present (the README's publish line for the full command,
/// ReadyToRun), else the copy the tests publish the same way into obj/published/.</item>
/// </list>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30)]
[MedianColumn]
public class ProcessBenchmarks
{
    private string _native = string.Empty;
    private string _managed = string.Empty;
    private string _config = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var native = RepoPaths.Of("tools", "compiler", "schoolinfra-compile");
        _native = File.Exists(native) ? native : PublishedApp.NativeCompiler.Path;
        var managed = RepoPaths.Of("tools", "schoolinfra", "schoolinfra.dll");
        _managed = File.Exists(managed) ? managed : PublishedApp.Schoolinfra.Path;
        Console.WriteLine($"// native: {Path.GetRelativePath(RepoPaths.Root, _native)}; managed: {Path.GetRelativePath(RepoPaths.Root, _managed)}");
        _config = EngineConfig.FromStackFile(ExampleSchool.StackFilePath, new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = "benchmark-token" });
    }

    [Benchmark(Baseline = true)]
    public int HelloWorldProcess() => Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "SchoolInfra.HelloBaseline.dll")], engine: false);

    [Benchmark]
    public int NativeCompileEngineMode() => Run(_native, [], engine: true);

    [Benchmark]
    public int NativeCompileDiscovery() => Run(_native, [], engine: false);

    [Benchmark]
    public int ManagedCompileEngineMode() => Run("dotnet", [_managed, "compile"], engine: true);

    private int Run(string program, string[] args, bool engine)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        stderr.Wait();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"{program} exited {process.ExitCode}: {stderr.Result}");
    }
}
