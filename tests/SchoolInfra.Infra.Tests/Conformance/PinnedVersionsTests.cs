using SchoolInfra.Infra.Types;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// Pulumi.yaml pins every provider the compiler may use, and the facts the conformance test reads are of exactly
/// those versions: bumping a pin without refreshing the facts (or the other way round) fails here.
/// </summary>
public sealed class PinnedVersionsTests
{
    /// <summary>Package name → (source, version, parameters) as Pulumi.yaml declares it.</summary>
    private static Dictionary<string, (string Source, string Version, List<string> Parameters)> Pins()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Of("Pulumi.yaml"))));
        var packages = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["packages"];
        return packages.Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!,
            e =>
            {
                var spec = Assert.IsType<YamlMappingNode>(e.Value);
                var parameters = spec.Children.TryGetValue("parameters", out var p)
                    ? ((YamlSequenceNode)p).Children.Select(c => ((YamlScalarNode)c).Value!).ToList()
                    : [];
                return (((YamlScalarNode)spec["source"]).Value!, ((YamlScalarNode)spec["version"]).Value!, parameters);
            });
    }

    /// <summary>The provider version a pin selects: the Terraform provider's for terraform-provider packages.</summary>
    private static string ProviderVersion((string Source, string Version, List<string> Parameters) pin) =>
        pin.Source == "terraform-provider" ? pin.Parameters[1] : pin.Version;

    [Fact]
    public void PulumiProject_PinsEveryPackageTheCompilerUses_AndNoOther() =>
        Assert.Equal(KnownTypes.Packages.Select(p => p.Name).Order(StringComparer.Ordinal), Pins().Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void PulumiProject_PinsAnExactVersionOfEveryPackage() =>
        Assert.All(Pins(), pin => Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", ProviderVersion(pin.Value)));

    [Fact]
    public void Facts_AreOfExactlyThePinnedVersions()
    {
        var pins = Pins();
        Assert.Equal(pins.Keys.Order(StringComparer.Ordinal), ProviderFacts.Pinned.Packages.Select(p => p.Package).Order(StringComparer.Ordinal));
        Assert.All(ProviderFacts.Pinned.Packages, facts =>
            Assert.True(ProviderVersion(pins[facts.Package]) == facts.Version,
                $"{facts.Package}: Pulumi.yaml pins {ProviderVersion(pins[facts.Package])}, the facts are of {facts.Version}: refresh the facts (README, \"Bumping a provider\")"));
    }

    [Fact]
    public void Facts_OfTerraformProviders_WereReadFromThePinnedProvidersRepository()
    {
        foreach (var (name, pin) in Pins().Where(p => p.Value.Source == "terraform-provider"))
        {
            // registry.terraform.io/<owner>/<type> is published from github.com/<owner>/terraform-provider-<type>.
            var parts = pin.Parameters[0].Split('/');
            var facts = ProviderFacts.Pinned.Package(name)!;
            Assert.Equal($"github.com/{parts[1]}/terraform-provider-{parts[2]}", facts.Source.Repository, StringComparer.OrdinalIgnoreCase);
            Assert.Equal("v" + pin.Parameters[1], facts.Source.Tag);
            Assert.Matches("^[0-9a-f]{40}$", facts.Source.Commit ?? string.Empty);
        }
    }

    [Fact]
    public void KnownTypes_TerraformVersions_AreThePinnedOnes()
    {
        var pins = Pins();
        Assert.All(KnownTypes.Packages.Where(p => p.IsTerraformBridged), package =>
        {
            var pin = pins[package.Name];
            Assert.Equal(KnownTypes.TerraformProviderVersion, pin.Version);
            Assert.Equal([package.TerraformSource!, package.TerraformVersion!], pin.Parameters);
        });
    }

    [Fact]
    public void Facts_DescribeEveryKnownTypeAndFunction()
    {
        var missing = KnownTypes.Resources.Where(t => ProviderFacts.Pinned.Resource(t) is null)
            .Concat(KnownTypes.Functions.Where(t => ProviderFacts.Pinned.Function(t) is null))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "no facts for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Facts_EveryPropertyCitesItsProviderSource()
    {
        foreach (var package in ProviderFacts.Pinned.Packages)
        {
            foreach (var (token, type) in package.Resources.Concat(package.Functions))
            {
                Assert.False(string.IsNullOrEmpty(type.File), $"{token} has no source file");
                Assert.True(type.Line > 0, $"{token} has no source line");
                Assert.All(type.Inputs, input => Assert.True(input.Value.Line > 0 && !string.IsNullOrEmpty(input.Value.File), $"{token}.{input.Key} has no source line"));
            }
        }
    }
}
