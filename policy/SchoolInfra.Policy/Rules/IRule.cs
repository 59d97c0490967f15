using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Checks one control. One small class per rule (Rules/&lt;Domain&gt;/&lt;Name&gt;Rule.cs); <see cref="Id"/> is the
/// rule id the catalogue names. Waivers are applied by the evaluator, not by rules.
/// </summary>
public interface IRule
{
    string Id { get; }

    Finding Evaluate(Control control, RuleContext context);
}
