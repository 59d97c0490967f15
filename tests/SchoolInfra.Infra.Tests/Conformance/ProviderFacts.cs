using System.Text.Json;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// Every pinned provider's facts (Conformance/Facts/*.json), loaded once. A type token is looked up in the package
/// its token names (<c>azuread:index/group:Group</c> → azuread).
/// </summary>
internal sealed class ProviderFacts
{
    public const string Folder = "tests/SchoolInfra.Infra.Tests/Conformance/Facts";

    private static readonly Lazy<ProviderFacts> Loaded = new(() => Load(RepoPaths.Of(Folder.Split('/'))));

    private ProviderFacts(IReadOnlyList<PackageFacts> packages) => Packages = packages;

    public static ProviderFacts Pinned => Loaded.Value;

    public IReadOnlyList<PackageFacts> Packages { get; }

    public static ProviderFacts Load(string folder)
    {
        var packages = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<PackageFacts>(File.ReadAllText(f))
                ?? throw new InvalidOperationException($"{f} is empty"))
            .ToList();
        return new ProviderFacts(packages);
    }

    public PackageFacts? Package(string name) => Packages.FirstOrDefault(p => p.Package == name);

    public static string PackageOf(string token) => token[..Math.Max(0, token.IndexOf(':', StringComparison.Ordinal))];

    public (PackageFacts Package, TypeFacts Type)? Resource(string token) =>
        Package(PackageOf(token)) is { } p && p.Resources.TryGetValue(token, out var t) ? (p, t) : null;

    public (PackageFacts Package, TypeFacts Type)? Function(string token) =>
        Package(PackageOf(token)) is { } p && p.Functions.TryGetValue(token, out var t) ? (p, t) : null;
}
