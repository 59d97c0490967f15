namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// One resource in a stack's saved state (<c>pulumi stack export</c> or a local backend's state file): what live
/// reads need to tell managed things from unmanaged ones, by cloud id.
/// </summary>
/// <param name="Urn">The resource's URN.</param>
/// <param name="Type">Its type token.</param>
/// <param name="Id">The cloud id (for Entra objects <c>/groups/&lt;guid&gt;</c>-style paths or bare GUIDs, as the
/// provider writes them); null for components and the stack.</param>
/// <param name="Custom">Whether a provider manages it.</param>
/// <param name="External">Whether it is only read (<c>get:</c>), not managed.</param>
/// <param name="Protect">Whether it is protected from deletion.</param>
public sealed record StateResource(string Urn, string Type, string? Id, bool Custom, bool External, bool Protect)
{
    /// <summary>The template's logical name (the URN's name part).</summary>
    public string LogicalName => Urns.Name(Urn);
}
