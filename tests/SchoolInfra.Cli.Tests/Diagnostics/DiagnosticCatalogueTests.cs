using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Cli.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code, from every stage's catalogue (the static *Diagnostics classes, one factory per code):
/// listed in a golden file so adding or rewording one shows up in review, unique, and asserted by some test.
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    private static readonly string[] AssemblyNames = ["SchoolInfra.Core", "SchoolInfra.Infra", "SchoolInfra.Evidence", "SchoolInfra.Policy", "SchoolInfra.Reports", "SchoolInfra.CommandLine", "schoolinfra"];

    private static List<(string Factory, Diagnostic Diagnostic)> Catalogue()
    {
        var list = new List<(string, Diagnostic)>();
        foreach (var name in AssemblyNames)
        {
            var assembly = Assembly.Load(name);
            foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: true, IsSealed: true, IsPublic: true } && t.Name.EndsWith("Diagnostics", StringComparison.Ordinal)))
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Diagnostic)))
                {
                    var args = method.GetParameters().Select(Placeholder).ToArray();
                    list.Add(($"{type.Name}.{method.Name}", (Diagnostic)method.Invoke(null, args)!));
                }
            }
        }

        return [.. list.OrderBy(x => x.Item2.Code, StringComparer.Ordinal)];
    }

    private static object? Placeholder(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type == typeof(string) ? "{" + p.Name + "}"
            : type == typeof(SourceSpan) ? SourceSpan.At("f.yaml", 1, 1)
            : type == typeof(int) ? 0
            : type.IsValueType ? Activator.CreateInstance(type)
            : null;
    }

    [Fact]
    public void Catalogue_MatchesGoldenList()
    {
        var sb = new StringBuilder();
        foreach (var (factory, d) in Catalogue())
        {
            sb.Append(d.Code).Append(' ').Append(Diagnostic.SeverityWord(d.Severity)).Append(' ').Append(factory).Append('\n')
              .Append("    ").Append(d.Message).Append('\n');
            if (d.Hint is not null)
            {
                sb.Append("    hint: ").Append(d.Hint).Append('\n');
            }
        }

        Golden.Matches("diagnostic-codes.txt", sb.ToString());
    }

    [Fact]
    public void Catalogue_EveryCodeIsUniqueAndWellFormed()
    {
        var codes = Catalogue().Select(x => x.Diagnostic.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Matches("^SI[1-59][0-9]{3}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Catalogue_EveryCodeHasAPlainMessageAndAHint()
    {
        Assert.All(Catalogue(), x =>
        {
            Assert.EndsWith(".", x.Diagnostic.Message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(x.Diagnostic.Hint), x.Factory + " has no hint");
        });
    }

    [Fact]
    public void Catalogue_EveryCodeIsAssertedBySomeTest()
    {
        var self = Path.GetFullPath(RepoPaths.Of("tests", "SchoolInfra.Cli.Tests", "Diagnostics", "DiagnosticCatalogueTests.cs"));
        var texts = Directory.EnumerateFiles(RepoPaths.Of("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFullPath(f) != self)
            .Concat(Directory.EnumerateFiles(RepoPaths.Of("tests", "golden"), "*.txt", SearchOption.AllDirectories)
                .Where(f => f.Contains($"{Path.DirectorySeparatorChar}expected{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Select(File.ReadAllText);
        var mentioned = texts.SelectMany(t => CodePattern().Matches(t).Select(m => m.Value)).ToHashSet();
        var missing = Catalogue().Select(x => x.Diagnostic.Code).Where(c => !mentioned.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "codes without a bad-input test: " + string.Join(", ", missing));
    }

    [GeneratedRegex("SI[0-9]{4}")]
    private static partial Regex CodePattern();
}
