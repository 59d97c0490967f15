using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>An output property of a resource or function, and its kind: what a <c>${name.output}</c> reference is typed as.</summary>
internal sealed class OutputFact
{
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "any";

    [JsonPropertyName("line")]
    public int Line { get; init; }
}
