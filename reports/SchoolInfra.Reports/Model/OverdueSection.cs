using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>Reviews, checks and clean-ups that are late.</summary>
public sealed record OverdueSection(string Summary, ImmutableArray<OverdueLine> Lines);
