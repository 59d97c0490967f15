using BenchmarkDotNet.Attributes;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Testing;

namespace SchoolInfra.Benchmarks;

/// <summary>
/// In-process compile (parse, validate, build, emit) of the example school and of a large synthetic school
/// (3-form entry: 60 groups, 400 filtering entries, 200 exceptions). Compare the per-resource figures.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CompileBenchmarks
{
    private string _example = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _example = File.ReadAllText(ExampleSchool.StackFilePath);
        _large = SyntheticSchool.Generate(_example, groups: 60, filteringEntries: 400, exceptions: 200);
        Console.WriteLine($"// resources: example {Resources(_example)}, large {Resources(_large)}");
    }

    [Benchmark(Baseline = true)]
    public string? CompileExampleSchool() => Compile(_example).Template;

    [Benchmark]
    public string? CompileLargeSchool() => Compile(_large).Template;

    public static int Resources(string yaml) => Compile(yaml).State?.Resources.Length ?? throw new InvalidOperationException("does not compile");

    public static CompileResult Compile(string yaml)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(yaml, "Pulumi.bench.yaml", "bench", bag) ?? throw new InvalidOperationException("unreadable");
        return SchoolCompiler.Compile(source, ExampleSchool.Today, ExampleSchool.Files, bag);
    }
}
