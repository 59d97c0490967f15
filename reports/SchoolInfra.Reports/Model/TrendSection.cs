using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>The change since the last issued report: problems that are new, fixed and still open.</summary>
/// <param name="Summary">"Since the report issued on 9 Sep 2026: 1 new problem, 2 fixed and 3 still open."</param>
/// <param name="New">Open now, not open then: "BAK-01: ...".</param>
/// <param name="Fixed">Open then, not open now.</param>
/// <param name="StillOpen">Open then and now.</param>
public sealed record TrendSection(string Summary, ImmutableArray<string> New, ImmutableArray<string> Fixed, ImmutableArray<string> StillOpen);
