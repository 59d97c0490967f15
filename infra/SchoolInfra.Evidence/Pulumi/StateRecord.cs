using System.Text.Json;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>A resource state as a digest step or engine event carries it (only what drift needs).</summary>
/// <param name="Urn">The resource's URN.</param>
/// <param name="Type">Its type token.</param>
/// <param name="Id">The cloud id, when it has one.</param>
/// <param name="Custom">Whether a provider manages it (false for the stack and components).</param>
/// <param name="External">Whether it is read with <c>get:</c> rather than managed.</param>
/// <param name="Inputs">The inputs object, when present.</param>
/// <param name="Outputs">The outputs object, when present.</param>
internal sealed record StateRecord(string Urn, string Type, string? Id, bool Custom, bool External, JsonElement? Inputs, JsonElement? Outputs)
{
    /// <summary>A resource that a refresh reads from a cloud: custom, not a provider.</summary>
    public bool IsCloudResource => Custom && !Type.StartsWith(PulumiJson.ProviderTypePrefix, StringComparison.Ordinal);
}
