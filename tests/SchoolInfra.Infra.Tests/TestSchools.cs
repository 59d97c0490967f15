using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Compile;

namespace SchoolInfra.Infra.Tests;

/// <summary>Compiles the test schools: the example school from schools/, and cases kept under tests/golden/.</summary>
internal static class TestSchools
{
    public static LocalDate Today { get; } = new(2026, 11, 23);

    public static CompileResult Example() => ExampleCompile.Compile();

    public static CompileResult JamfSchool() =>
        FromFile(RepoPaths.Of("tests", "golden", "jamf-school"), "tests/golden/jamf-school", "jamf-school");

    /// <summary>The example school with every optional feature on (<see cref="SyntheticSchool.AllFeatures"/>).</summary>
    public static CompileResult AllFeatures(bool jamfSchool) => FromText(AllFeaturesText(jamfSchool), "all-features");

    public static string AllFeaturesText(bool jamfSchool) => SyntheticSchool.AllFeatures(ExampleSchool.Text, jamfSchool);

    /// <summary>Compiles a stack file given as text, with the example school's files (scripts, records).</summary>
    public static CompileResult FromText(string yaml, string stack)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(yaml, $"schools/Pulumi.{stack}.yaml", stack, bag);
        Assert.NotNull(source);
        var result = SchoolCompiler.Compile(source, Today, ExampleSchool.Files, bag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.Format())));
        return result;
    }

    public static CompileResult FromFile(string folder, string displayFolder, string stack)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Read(new SafeFileReader(folder), Path.Combine(folder, $"Pulumi.{stack}.yaml"), $"{displayFolder}/Pulumi.{stack}.yaml", stack, bag);
        Assert.NotNull(source);
        var result = SchoolCompiler.Compile(source, Today, new SchoolFiles(folder, displayFolder), bag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return result;
    }

    /// <summary>The example school as the engine passes it (PULUMI_CONFIG), with <paramref name="plantedSecret"/> as the decrypted ADE token.</summary>
    public static CompileResult ExampleFromEngine(string plantedSecret)
    {
        var bag = new DiagnosticBag();
        var json = EngineConfig.FromStackFile(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml"),
            new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = plantedSecret });
        var source = EngineConfigReader.Read("org/schoolinfra/oakfield-primary", json, bag);
        Assert.NotNull(source);
        var result = SchoolCompiler.Compile(source, Today, new SchoolFiles(RepoPaths.Of("schools"), "schools"), bag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return result;
    }
}
