using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-04: changes made behind the pipeline's back are caught by a regular drift check (DfE-FM FM2, DfE-CS CS3).
/// Met when a drift check within <c>driftRunMaxAgeDays</c> found nothing; not met while drift it found is open;
/// no evidence when no check ran in that time (an old or missing check is never "no drift").
/// </summary>
public sealed class DriftCaughtRule : IRule
{
    public string Id => "chg-04";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var maxAge = control.IntParameter("driftRunMaxAgeDays", 2);
        var result = new FindingBuilder(control.Id, context.Config.Span)
            .Evidence($"Drift must be resolved or approved within {Wording.Plural(control.IntParameter("resolveSchoolDays", 5), "school day", "school days")}.");
        if (context.Drift is not { } drift)
        {
            return result.NoEvidence("noDriftRun", context.Config.Span, "No drift check has run for this school.",
                    "run the nightly drift workflow (.github/workflows/drift.yml), or pass its result to --drift", SchoolRole.ItProvider)
                .Build("Changes made outside the pipeline are caught every night.");
        }

        var checkedOn = drift.CheckedAt.InUtc().Date;
        var age = Period.Between(checkedOn, context.Today, PeriodUnits.Days).Days;
        result.Source(new EvidenceSource(EvidenceOrigin.ObservedLive, $"the drift check of {Wording.Date(checkedOn)}", drift.CheckedAt))
            .Evidence($"The last drift check ran on {Wording.Date(checkedOn)} and read {Wording.Plural(drift.ResourcesRead, "resource", "resources")}.");
        if (drift.HasDrift)
        {
            foreach (var item in drift.Items)
            {
                result.NotMet("openDrift", item, $"Open drift found on {Wording.Date(checkedOn)}: {DriftWording.WhatHappened(item)}",
                    "put the change back with a deploy, or make it in the stack file in a pull request, then run the drift check again", SchoolRole.ItProvider);
            }
        }
        else if (age > maxAge)
        {
            result.NoEvidence("staleDriftRun", context.Config.Span,
                $"The last drift check was on {Wording.Date(checkedOn)}, more than {Wording.Plural(maxAge, "day", "days")} ago, so it no longer shows that nothing has changed.",
                "check that the nightly drift workflow still runs, and pass its latest result", SchoolRole.ItProvider);
        }
        else
        {
            result.Evidence("It found nothing changed outside the pipeline.");
        }

        return result.Build("A drift check in the last few days found nothing changed outside the pipeline.");
    }
}
