using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>One resource or function of a provider: where it is defined, its inputs and its outputs.</summary>
internal sealed class TypeFacts
{
    [JsonPropertyName("file")]
    public string File { get; init; } = string.Empty;

    [JsonPropertyName("line")]
    public int Line { get; init; }

    [JsonPropertyName("tfType")]
    public string? TerraformType { get; init; }

    [JsonPropertyName("inputs")]
    public Dictionary<string, PropertyFact> Inputs { get; init; } = [];

    [JsonPropertyName("outputs")]
    public Dictionary<string, OutputFact> Outputs { get; init; } = [];
}
