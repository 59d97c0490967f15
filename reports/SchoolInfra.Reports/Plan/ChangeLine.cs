using System.Collections.Immutable;

namespace SchoolInfra.Reports.Plan;

/// <summary>One change: its sentence, the controls it touches and the risk flags it raises.</summary>
public sealed record ChangeLine(string Text, ImmutableArray<string> Controls, ImmutableArray<string> Risks);
