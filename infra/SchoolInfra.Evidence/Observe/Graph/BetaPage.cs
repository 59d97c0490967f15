using System.Text.Json.Serialization;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>One page of a beta collection: its items and the link to the next page.</summary>
internal sealed record BetaPage<T>(
    [property: JsonPropertyName("value")] List<T>? Value,
    [property: JsonPropertyName("@odata.nextLink")] string? NextLink);
