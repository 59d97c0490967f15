using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Shared shape of the filtering, logging, backup and device rules: each adds evidence and problems to a
/// <see cref="FindingBuilder"/>, which turns them into one finding.
/// </summary>
/// <remarks>
/// How the evidence parts of a control combine (reference/controls.md section 1), decided here once:
/// <list type="bullet">
/// <item><b>config</b> is read from <see cref="RuleContext.Config"/> on every pull request. The desired state only
/// adds a count of the resources that carry the control: the domain builders decide which resources exist, and the
/// declared settings are what a fix changes.</item>
/// <item><b>record</b>: no record yet is "no evidence"; an overdue, failed or incomplete record is "not met" or
/// "partial". Keeping records is the school's job, so a missing one counts against the control.</item>
/// <item><b>tenant</b>: observed state is not in <see cref="RuleContext"/> yet, so a tenant part adds an evidence
/// line saying the live check has not run and leaves the status alone. A control whose config part is met is
/// therefore "met" (for config) until drift detection supplies observed state; a control with only tenant evidence
/// would be "no evidence", never "met".</item>
/// </list>
/// The worst part wins: not met, then partial, then no evidence, then met. Waivers are the evaluator's business.
/// </remarks>
public abstract class ControlRule : IRule
{
    public abstract string Id { get; }

    /// <summary>The finding's summary when every part is met.</summary>
    protected abstract string MetSummary { get; }

    public Finding Evaluate(Control control, RuleContext context)
    {
        var finding = new FindingBuilder(control.Id, context.Config.Span);
        Check(context, finding);
        if (control.Evidence.Contains(EvidenceKind.Config))
        {
            DescribeDesiredState(control.Id, context, finding);
        }

        return finding.Build(MetSummary);
    }

    protected abstract void Check(RuleContext context, FindingBuilder finding);

    /// <summary>The span of the first record that was read from the file (defaults have no span): the nearest place to fix.</summary>
    protected static SourceSpan At(params ConfigRecord?[] records) =>
        records.FirstOrDefault(r => r is not null && r.Span.IsKnown)?.Span ?? SourceSpan.None;

    /// <summary>"1 group", "2 groups".</summary>
    protected static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";

    /// <summary>Quoted, comma-separated names for messages: "a", "b" and "c".</summary>
    protected static string Names(IEnumerable<string> names)
    {
        var quoted = names.Select(n => $"\"{n}\"").ToList();
        return quoted.Count switch
        {
            0 => "none",
            1 => quoted[0],
            _ => $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}",
        };
    }

    private static void DescribeDesiredState(string controlId, RuleContext context, FindingBuilder finding)
    {
        var resources = context.Desired.Resources.Count(r => r.Controls.Contains(controlId, StringComparer.OrdinalIgnoreCase));
        finding.Evidence(resources == 0
            ? $"No resource in the desired state carries {controlId} yet; this result rests on the declared settings."
            : $"{Count(resources, "resource", "resources")} in the desired state carry {controlId}.");
    }
}
