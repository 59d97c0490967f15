using System.Collections.Immutable;

namespace SchoolInfra.Reports.Plan;

/// <summary>One risk flag, e.g. "MFA weakened", and the changes that raise it.</summary>
public sealed record RiskLine(string Flag, bool NeedsHeadteacher, ImmutableArray<string> Changes);
