using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Types;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Compile;

/// <summary>The example school's template: golden file, determinism and the properties every template must have.</summary>
public sealed class ExampleSchoolTemplateTests
{
    private static CompileResult Compile() => SchoolCompiler.Compile(ExampleSchool.Source(), ExampleSchool.Today, ExampleSchool.Files);

    [Fact]
    public void Compile_ExampleSchool_MatchesGoldenTemplate()
    {
        var result = Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Golden.Matches("oakfield-primary/expected/template.yaml", result.Template!);
    }

    [Fact]
    public void Compile_ExampleSchool_DiagnosticsMatchGolden()
    {
        var text = string.Join("\n", Compile().Diagnostics.Select(d => d.Format()));
        Golden.Matches("oakfield-primary/expected/diagnostics.txt", text);
    }

    [Fact]
    public void Compile_Twice_GivesByteIdenticalTemplates() => Assert.Equal(Compile().Template, Compile().Template);

    [Fact]
    public void Compile_EveryResource_HasAKnownTypeControlsAndASourceSpan()
    {
        var state = Compile().State!;
        Assert.NotEmpty(state.Resources);
        Assert.All(state.Resources, r =>
        {
            Assert.Contains(r.Type, KnownTypes.Resources);
            Assert.NotEmpty(r.Controls);
            Assert.All(r.Controls, c => Assert.Matches("^[A-Z]{3}-[0-9]{2}$", c));
            Assert.Equal(ExampleSchool.StackFileDisplay, r.Source.File);
            Assert.True(r.Source.Line > 0);
            Assert.False(string.IsNullOrWhiteSpace(r.Purpose));
        });
    }

    [Fact]
    public void Compile_EveryInvokedFunction_IsKnown()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Compile().Template!));
        var functions = stream.Documents[0].AllNodes.OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey("function"))
            .Select(m => ((YamlScalarNode)m["function"]).Value!)
            .ToList();
        Assert.NotEmpty(functions);
        Assert.All(functions, f => Assert.Contains(f, KnownTypes.Functions));
    }

    [Fact]
    public void Compile_TemplateHasNoSecretCiphertextOrValue()
    {
        var template = Compile().Template!;
        Assert.DoesNotContain("ZmljdGlvbmFsLWNpcGhlcnRleHQ", template, StringComparison.Ordinal);
        Assert.DoesNotContain("secure:", template, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ConfigWithErrors_GivesNoTemplate()
    {
        var bag = new DiagnosticBag();
        var yaml = File.ReadAllText(ExampleSchool.StackFilePath).Replace("kind: teaching\n", "kind: wizard\n", StringComparison.Ordinal);
        var source = Core.Config.StackFileReader.Parse(yaml, "Pulumi.test.yaml", "test", bag)!;
        var result = SchoolCompiler.Compile(source, ExampleSchool.Today, Core.Validation.SchoolFiles.None, bag);
        Assert.False(result.Succeeded);
        Assert.Null(result.Template);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI2003");
    }
}
