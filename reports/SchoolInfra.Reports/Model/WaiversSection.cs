using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>Controls the school has knowingly waived for a time (CHG-05).</summary>
public sealed record WaiversSection(string Summary, ImmutableArray<WaiverLine> Lines);
