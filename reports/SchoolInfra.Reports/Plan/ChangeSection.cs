using System.Collections.Immutable;

namespace SchoolInfra.Reports.Plan;

/// <summary>The changes in one part of the settings, e.g. "Filtering".</summary>
public sealed record ChangeSection(string Title, ImmutableArray<ChangeLine> Changes);
