using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>How much of the report was checked against the live systems and how much rests on what the school declared.</summary>
/// <param name="Summary">Two or three plain sentences.</param>
/// <param name="Rows">One row per basis: live, records, settings only, not checked.</param>
/// <param name="LiveChecked">At least one control was checked against the live systems.</param>
public sealed record CheckingSection(ImmutableArray<string> Summary, ImmutableArray<CheckingRow> Rows, bool LiveChecked);
