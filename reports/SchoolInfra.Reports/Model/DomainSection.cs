using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>One area of the catalogue, e.g. "Backups", with each of its controls.</summary>
/// <param name="Name">The area's name.</param>
/// <param name="Anchor">An id for links within the page, e.g. "domain-backups".</param>
/// <param name="Summary">"5 of 7 controls are met. 2 have no evidence yet."</param>
/// <param name="Controls">Its controls, in catalogue order.</param>
public sealed record DomainSection(string Name, string Anchor, string Summary, ImmutableArray<ControlLine> Controls);
