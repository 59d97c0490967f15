using System.Collections.Immutable;

namespace SchoolInfra.Policy.Catalogue;

/// <summary>The loaded control catalogue, in file then declaration order (the order reports use).</summary>
public sealed record ControlCatalogue(ImmutableArray<Control> Controls)
{
    public static ControlCatalogue Empty { get; } = new([]);

    public Control? Find(string id) => Controls.FirstOrDefault(c => c.Id == id);

    /// <summary>Domains in catalogue order, each with its controls.</summary>
    public IEnumerable<IGrouping<string, Control>> ByDomain() => Controls.GroupBy(c => c.Domain);
}
