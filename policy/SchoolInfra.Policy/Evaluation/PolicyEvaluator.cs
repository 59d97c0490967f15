using System.Collections.Immutable;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Runs every control's rule on the context, then applies the school's waivers: a valid, unexpired waiver turns
/// not met or partial into waived (with who approved it and until when). Invalid or expired waivers do not apply;
/// CHG-05 reports them.
/// </summary>
public static class PolicyEvaluator
{
    public static ImmutableArray<Finding> Evaluate(ControlCatalogue catalogue, RuleRegistry rules, RuleContext context)
    {
        context = context with { Catalogue = catalogue };
        var findings = ImmutableArray.CreateBuilder<Finding>(catalogue.Controls.Length);
        foreach (var control in catalogue.Controls)
        {
            var rule = rules.Find(control.Rule)
                ?? throw new InvalidOperationException($"No rule \"{control.Rule}\" for {control.Id}: the catalogue loader should have refused it.");
            var finding = rule.Evaluate(control, context) with { ControlId = control.Id };
            findings.Add(ApplyWaiver(finding, context));
        }

        return findings.MoveToImmutable();
    }

    private static Finding ApplyWaiver(Finding finding, RuleContext context)
    {
        if (!finding.NeedsAction)
        {
            return finding;
        }

        var waiver = context.Config.Waivers
            .Where(w => w.Control == finding.ControlId && WaiverCheck.Problem(w, context.Catalogue, context.Today) is null)
            .OrderByDescending(w => w.ExpiresOn)
            .FirstOrDefault();
        if (waiver is null)
        {
            return finding;
        }

        var line = $"Waived until {Wording.Date(waiver.ExpiresOn)}, approved by {Wording.Role(waiver.ApprovedBy)} on {Wording.Date(waiver.ApprovedOn)}: {waiver.Reason}";
        return finding with
        {
            Status = FindingStatus.Waived,
            Evidence = [.. finding.Evidence, $"Without the waiver: {FindingStatuses.Words(finding.Status)}. {finding.Summary}"],
            Summary = line,
            Location = waiver.Span.IsKnown ? waiver.Span : finding.Location,
            Action = null,
            ActionBy = null,
            Waiver = waiver,
        };
    }
}
