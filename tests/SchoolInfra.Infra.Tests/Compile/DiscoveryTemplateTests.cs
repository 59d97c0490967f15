using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Types;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Compile;

public sealed class DiscoveryTemplateTests
{
    [Fact]
    public void Discovery_NamesEveryKnownTypeAndFunction()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(DiscoveryTemplate.Emit()));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var types = ((YamlMappingNode)root["resources"]).Children.Values
            .Select(r => ((YamlScalarNode)((YamlMappingNode)r)["type"]).Value!).ToHashSet();
        Assert.Equal(KnownTypes.Resources.ToHashSet(), types);
        var functions = stream.Documents[0].AllNodes.OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey("function")).Select(m => ((YamlScalarNode)m["function"]).Value!).ToHashSet();
        Assert.Equal(KnownTypes.Functions.ToHashSet(), functions);
    }

    [Fact]
    public void KnownTypes_EveryPackageHasTokensOfItsOwn()
    {
        foreach (var package in KnownTypes.Packages)
        {
            Assert.NotEmpty(package.Resources.Concat(package.Functions));
            Assert.All(package.Resources.Concat(package.Functions), t => Assert.StartsWith(package.Name + ":", t, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void KnownTypes_TerraformBridgedTokens_FollowTheBridgeNamingRule()
    {
        // <pkg>:index/<lowerFirst(Name)>:<Name> (pulumi-contract.md B.7 item 4).
        foreach (var token in KnownTypes.Packages.Where(p => p.IsTerraformBridged).SelectMany(p => p.Resources))
        {
            var parts = token.Split(':');
            Assert.Equal(3, parts.Length);
            var name = parts[2];
            Assert.Equal($"index/{char.ToLowerInvariant(name[0])}{name[1..]}", parts[1]);
        }
    }

    [Fact]
    public void PulumiProject_DeclaresEveryTerraformBridgedPackage()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Of("Pulumi.yaml"))));
        var project = (YamlMappingNode)stream.Documents[0].RootNode;
        var packages = (YamlMappingNode)project["packages"];
        foreach (var package in KnownTypes.Packages.Where(p => p.IsTerraformBridged))
        {
            var declared = (YamlMappingNode)packages[package.Name];
            Assert.Equal("terraform-provider", ((YamlScalarNode)declared["source"]).Value);
            Assert.Equal(KnownTypes.TerraformProviderVersion, ((YamlScalarNode)declared["version"]).Value);
            var parameters = ((YamlSequenceNode)declared["parameters"]).Children.Select(c => ((YamlScalarNode)c).Value).ToList();
            Assert.Equal([package.TerraformSource, package.TerraformVersion], parameters);
        }

        var runtime = (YamlMappingNode)project["runtime"];
        Assert.Equal("yaml", ((YamlScalarNode)runtime["name"]).Value);
        var compiler = ((YamlScalarNode)((YamlMappingNode)runtime["options"])["compiler"]).Value!;
        // The native compiler as the README's publish line writes it (dotnet publish infra/SchoolInfra.Compiler ... -o tools/compiler).
        Assert.Equal("tools/compiler/schoolinfra-compile", compiler);
    }
}
