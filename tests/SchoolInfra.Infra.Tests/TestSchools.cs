using System.Text.Json.Nodes;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Formats;

namespace SchoolInfra.Infra.Tests;

/// <summary>Compiles the test schools: the example school from schools/, and cases kept under tests/golden/.</summary>
internal static class TestSchools
{
    public static LocalDate Today { get; } = new(2026, 11, 23);

    public static CompileResult Example() =>
        FromFile(RepoPaths.Of("schools"), "schools", "oakfield-primary");

    public static CompileResult JamfSchool() =>
        FromFile(RepoPaths.Of("tests", "golden", "jamf-school"), "tests/golden/jamf-school", "jamf-school");

    public static CompileResult FromFile(string folder, string displayFolder, string stack)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Read(Path.Combine(folder, $"Pulumi.{stack}.yaml"), $"{displayFolder}/Pulumi.{stack}.yaml", stack, bag);
        Assert.NotNull(source);
        var result = SchoolCompiler.Compile(source, Today, new SchoolFiles(folder, displayFolder), bag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return result;
    }

    /// <summary>
    /// The example school as the engine passes it (PULUMI_CONFIG: every value a string, structured values as JSON text,
    /// secrets decrypted), with <paramref name="plantedSecret"/> as the decrypted ADE token.
    /// </summary>
    public static CompileResult ExampleFromEngine(string plantedSecret)
    {
        var bag = new DiagnosticBag();
        var text = File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml"));
        var root = Assert.IsType<SourceMapping>(SourceReader.Read(text, "stack", bag));
        var config = Assert.IsType<SourceMapping>(root["config"]);
        var map = new JsonObject();
        foreach (var entry in config.Entries)
        {
            map[entry.Key.Text] = entry.Key.Text == "schoolinfra:jamfAdeToken"
                ? plantedSecret
                : entry.Value is SourceScalar scalar ? scalar.Text : CanonicalJson.Write(ToJson(entry.Value));
        }

        var source = EngineConfigReader.Read("org/schoolinfra/oakfield-primary", CanonicalJson.Write(map), bag);
        Assert.NotNull(source);
        var result = SchoolCompiler.Compile(source, Today, new SchoolFiles(RepoPaths.Of("schools"), "schools"), bag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return result;
    }

    private static JsonNode? ToJson(SourceNode node) => node switch
    {
        SourceMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Text, ToJson(e.Value)))),
        SourceSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        SourceScalar scalar => JsonValue.Create(scalar.Text),
        _ => null,
    };
}
