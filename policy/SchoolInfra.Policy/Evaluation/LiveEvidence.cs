using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Judges a control's live part from the school's latest drift check (reference/controls.md section 1: the worst of
/// the parts wins). Drift on a resource that carries the control is a not-met problem for every control the resource
/// carries, even one without a live part, since the declared setting no longer holds (key <c>drift</c>, which a
/// waiver may cover while a change is being approved); an unreadable resource leaves no live evidence (key
/// <c>liveUnreadable</c>); when the catalogue says the refresh covers the control's live part (<c>live:
/// [refresh]</c>) and it read the control's resources without drift, the live part is checked. Without a drift
/// check nothing changes: the live part stays "not yet checked".
/// </summary>
internal static class LiveEvidence
{
    public static Finding Apply(Finding finding, Control control, RuleContext context)
    {
        if (context.Drift is not { } drift)
        {
            return finding;
        }

        var resources = context.Desired.Resources.Count(r => r.Controls.Contains(control.Id, StringComparer.OrdinalIgnoreCase));
        if (resources == 0)
        {
            return finding;
        }

        // A setting changed or deleted outside the pipeline no longer holds, whatever evidence the control asks for;
        // reading the live part (unreadable, "as declared") only concerns controls with a live part.
        var hasLivePart = control.Evidence.Contains(EvidenceKind.Tenant);
        var when = Wording.Date(drift.CheckedAt.InUtc().Date);
        var items = drift.ItemsFor(control.Id).Where(i => hasLivePart || i.Kind != DriftKind.Unreadable).ToList();
        var changed = items.Where(i => i.Kind != DriftKind.Unreadable).ToList();
        var unreadable = items.Where(i => i.Kind == DriftKind.Unreadable).ToList();
        if (!hasLivePart && changed.Count == 0)
        {
            return finding;
        }

        var lines = new List<string>();
        var problems = new List<FindingProblem>();
        foreach (var item in changed)
        {
            var what = DriftWording.WhatHappened(item);
            problems.Add(new FindingProblem("drift", FindingStatus.NotMet, char.ToUpperInvariant(what[0]) + what[1..],
                item.Resource.Source.IsKnown ? item.Resource.Source : finding.Location, DriftWording.Action(item), item.WhoActs)
            {
                Drift = [item],
            });
        }

        if (unreadable.Count > 0)
        {
            lines.Add($"The drift check of {when} could not read {Wording.Plural(unreadable.Count, "resource", "resources")} behind this control, so its live part is unknown.");
            problems.Add(new FindingProblem("liveUnreadable", FindingStatus.NoEvidence,
                "The live systems could not be read, so this control has no live evidence.", finding.Location,
                DriftWording.Action(unreadable[0]), SchoolRole.ItProvider)
            {
                Drift = [.. unreadable],
            });
        }

        if (items.Count == 0)
        {
            lines.Add($"The drift check of {when} found the {Wording.Plural(resources, "resource", "resources")} behind this control as declared.");
        }

        var covered = items.Count == 0 && !control.Live.IsDefaultOrEmpty && control.Live.All(c => Covers(drift, c));
        var evidence = finding.Evidence;
        if (covered && finding.LiveCheckLine is { } pending && evidence.IndexOf(pending) is var at && at >= 0)
        {
            evidence = evidence.RemoveAt(at);
        }

        var live = new EvidenceSource(EvidenceOrigin.ObservedLive, $"{Describe(drift)} of {when}", drift.CheckedAt);
        var updated = finding with
        {
            Evidence = [.. evidence, .. lines],
            Unchecked = covered ? finding.Unchecked.Remove(EvidenceKind.Tenant) : finding.Unchecked,
            LiveCheckLine = covered ? null : finding.LiveCheckLine,
            Sources = finding.Sources.Add(live),
        };
        return problems.Count == 0 ? updated : WithProblems(updated, problems);
    }

    /// <summary>Adds problems and lets the most serious decide status, summary, location and action, as the builder does.</summary>
    private static Finding WithProblems(Finding finding, List<FindingProblem> added)
    {
        var problems = finding.Problems.Concat(added).OrderByDescending(p => FindingStatuses.Rank(p.Status)).ToImmutableArray();
        var worst = problems[0];
        return finding with
        {
            Status = worst.Status,
            Summary = worst.Message,
            Location = worst.At,
            Action = worst.Action,
            ActionBy = worst.ActionBy,
            Problems = problems,
        };
    }

    private static bool Covers(DriftResult drift, LiveCheck check) => check switch
    {
        LiveCheck.Refresh => drift.Sources.Any(s => s.Kind is ObservationKind.PulumiRefresh or ObservationKind.PulumiPreview or ObservationKind.PulumiEvents),
        _ => false,
    };

    private static string Describe(DriftResult drift) =>
        drift.Sources.Any(s => s.Kind is ObservationKind.PulumiRefresh or ObservationKind.PulumiPreview or ObservationKind.PulumiEvents)
            ? "Pulumi's refresh"
            : "the live read";
}
