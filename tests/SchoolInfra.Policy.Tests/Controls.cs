using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Tests;

/// <summary>Catalogue entries for tests: the control a rule checks, with the evidence kinds of reference/controls.md.</summary>
public static class Controls
{
    public static Control For(IRule rule, params EvidenceKind[] evidence) => new(
        rule.Id.ToUpperInvariant(), "Test", "Test control", "A test control.", [], ControlSeverity.High,
        evidence.Length == 0 ? [EvidenceKind.Config, EvidenceKind.Tenant] : [.. evidence], rule.Id, SourceSpan.None);

    /// <summary>Evaluates the rule against its control.</summary>
    public static Finding Evaluate(this IRule rule, RuleContext context, params EvidenceKind[] evidence) =>
        rule.Evaluate(For(rule, evidence), context);
}
