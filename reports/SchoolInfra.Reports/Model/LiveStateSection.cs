using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>What the live systems show. Until drift detection runs, it says so plainly.</summary>
/// <param name="Checked">The live systems were checked.</param>
/// <param name="Status">"Not yet checked against the live systems."</param>
/// <param name="Explanation">A few sentences on what this means.</param>
public sealed record LiveStateSection(bool Checked, string Status, ImmutableArray<string> Explanation);
