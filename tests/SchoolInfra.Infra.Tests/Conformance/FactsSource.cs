using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>Where a facts file was read: the provider's repository or package, the tag and commit, and how.</summary>
internal sealed class FactsSource
{
    /// <summary>pulumi-schema, npm-dts or terraform-go.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = string.Empty;

    [JsonPropertyName("repo")]
    public string Repository { get; init; } = string.Empty;

    [JsonPropertyName("tag")]
    public string? Tag { get; init; }

    [JsonPropertyName("commit")]
    public string? Commit { get; init; }

    [JsonPropertyName("read")]
    public string Read { get; init; } = string.Empty;
}
