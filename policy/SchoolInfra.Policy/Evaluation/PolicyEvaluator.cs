using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Runs every control's rule on the context, says where each finding's evidence came from and when (the declared
/// settings, the records the rule read, the latest drift check), judges live parts from that drift check, then applies the school's waivers problem by problem: a valid,
/// unexpired waiver covers only the problem it names (CHG-05), so a waiver for one problem never hides another.
/// When every open problem is covered the control is waived (with who approved it and until when); otherwise the
/// remaining problems decide its status. Invalid or expired waivers do not apply; CHG-05 reports them.
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
            var read = new SortedSet<RecordKind>();
            var watched = context with { Records = context.Records.Watched(kind => read.Add(kind)) };
            var finding = rule.Evaluate(control, watched) with { ControlId = control.Id };
            finding = finding with { Sources = [.. Declared(control, context), .. Recorded(read, context), .. finding.Sources] };
            findings.Add(ApplyWaivers(LiveEvidence.Apply(finding, control, context), context));
        }

        return findings.MoveToImmutable();
    }

    /// <summary>The stack file, for controls with a config part: what the school says it wants, true "as of the file".</summary>
    private static IEnumerable<EvidenceSource> Declared(Control control, RuleContext context) =>
        control.Evidence.Contains(EvidenceKind.Config)
            ? [EvidenceSource.Declared($"the settings in {context.Config.Span.File}")]
            : [];

    /// <summary>The newest record of each kind the rule read, dated; kinds with no record add nothing.</summary>
    private static IEnumerable<EvidenceSource> Recorded(SortedSet<RecordKind> read, RuleContext context) =>
        read.Select(kind => context.Records.All.Where(r => r.Kind == kind && r.Date <= context.Today).MaxBy(r => r.Date))
            .OfType<SchoolRecord>()
            .Select(r => new EvidenceSource(EvidenceOrigin.Recorded, $"the {ConfigNaming.EnumValue(r.Kind)} record of {Wording.Date(r.Date)}",
                r.Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()));

    /// <summary>Moves each problem a valid waiver names into <see cref="Finding.WaivedProblems"/> and recomputes the status.</summary>
    public static Finding ApplyWaivers(Finding finding, RuleContext context)
    {
        if (finding.Problems.IsEmpty)
        {
            return finding;
        }

        var open = ImmutableArray.CreateBuilder<FindingProblem>();
        var waived = ImmutableArray.CreateBuilder<FindingProblem>();
        foreach (var problem in finding.Problems)
        {
            if (problem.Status != FindingStatus.NoEvidence && Covering(finding.ControlId, problem, context) is { } waiver)
            {
                waived.Add(problem with { WaivedBy = waiver });
            }
            else
            {
                open.Add(problem);
            }
        }

        if (waived.Count == 0)
        {
            return finding;
        }

        if (open.Count > 0)
        {
            var worst = open[0];
            return finding with
            {
                Status = worst.Status,
                Summary = worst.Message,
                Location = worst.At,
                Action = worst.Action,
                ActionBy = worst.ActionBy,
                Problems = open.ToImmutable(),
                WaivedProblems = waived.ToImmutable(),
            };
        }

        // Every problem is covered: the finding reads as its longest-running waiver.
        var longest = waived.Select(p => p.WaivedBy).OfType<Waiver>().MaxBy(w => w.ExpiresOn) ?? throw new InvalidOperationException("A waived problem has no waiver.");
        return finding with
        {
            Status = FindingStatus.Waived,
            Summary = $"Waived until {Wording.Date(longest.ExpiresOn)}, approved by {Wording.Role(longest.ApprovedBy)} on {Wording.Date(longest.ApprovedOn)}: {longest.Reason}",
            Location = longest.Span.IsKnown ? longest.Span : finding.Location,
            Action = null,
            ActionBy = null,
            Problems = [],
            WaivedProblems = waived.ToImmutable(),
            Waiver = longest,
            Sources = finding.Sources.Add(EvidenceSource.Declared($"the waiver in {context.Config.Span.File}, approved by {Wording.Role(longest.ApprovedBy)} on {Wording.Date(longest.ApprovedOn)}")),
        };
    }

    private static Waiver? Covering(string control, FindingProblem problem, RuleContext context) => context.Config.Waivers
        .Where(w => w.Control == control && w.Problem == problem.Key && WaiverCheck.Problem(w, context.Catalogue, context.Today) is null)
        .OrderByDescending(w => w.ExpiresOn)
        .FirstOrDefault();
}
