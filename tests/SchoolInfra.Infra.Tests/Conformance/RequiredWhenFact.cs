using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>A property that must be set when its sibling <see cref="Property"/> (Terraform name) equals <see cref="EqualsValue"/>.</summary>
internal sealed class RequiredWhenFact
{
    [JsonPropertyName("property")]
    public string Property { get; init; } = string.Empty;

    [JsonPropertyName("equals")]
    public string EqualsValue { get; init; } = string.Empty;
}
