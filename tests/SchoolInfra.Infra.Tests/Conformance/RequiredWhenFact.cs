using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>A property that must be set when its sibling <see cref="Property"/> (Terraform name) equals <see cref="EqualsValue"/>.</summary>
internal sealed class RequiredWhenFact
{
    [JsonPropertyName("property")]
    public string Property { get; init; } = string.Empty;

    [JsonPropertyName("equals")]
    public string EqualsValue { get; init; } = string.Empty;

    /// <summary>The line of the validator that requires it, in the property's file (0 when not read).</summary>
    [JsonPropertyName("line")]
    public int Line { get; init; }
}
