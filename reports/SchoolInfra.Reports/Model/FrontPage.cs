using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>What a governor with two minutes reads: the verdict, how it was checked, the DfE standards and every action.</summary>
/// <param name="Verdict">One sentence.</param>
/// <param name="VerdictKey">CSS class: met (all met), partial (only unchecked controls), not-met (something to fix).</param>
/// <param name="Checking">Live versus declared.</param>
/// <param name="Standards">The DfE filtering and monitoring standards, then the DfE cyber security standards.</param>
/// <param name="ActionsSummary">"11 things to fix, most serious first. The list is complete."</param>
/// <param name="Actions">Every action, most serious first; never cut.</param>
public sealed record FrontPage(
    string Verdict,
    string VerdictKey,
    CheckingSection Checking,
    ImmutableArray<StandardLine> Standards,
    string ActionsSummary,
    ImmutableArray<ActionLine> Actions);
