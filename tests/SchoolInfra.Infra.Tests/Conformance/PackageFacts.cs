using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>The facts of one pinned provider version: one file under Conformance/Facts.</summary>
internal sealed class PackageFacts
{
    [JsonPropertyName("package")]
    public string Package { get; init; } = string.Empty;

    [JsonPropertyName("version")]
    public string Version { get; init; } = string.Empty;

    [JsonPropertyName("source")]
    public FactsSource Source { get; init; } = new();

    [JsonPropertyName("resources")]
    public Dictionary<string, TypeFacts> Resources { get; init; } = [];

    [JsonPropertyName("functions")]
    public Dictionary<string, TypeFacts> Functions { get; init; } = [];

    /// <summary>"microsoft365 0.57.1-alpha internal/x.go:12": a provider source location for a message.</summary>
    public string Cite(string where) => $"{Package} {Version} {where}";
}
