using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-04: nothing in the config turns filtering off or takes a profile outside the illegal-content lists (UKSIC-AF
/// 2024: they cannot be disabled by anyone, administrators included). The model has no switch that disables
/// filtering and exceptions unblock single sites only, so what remains is that every profile is enforced through a
/// backend that blocks the illegal-content lists and that no exception or allow entry lifts a site the school blocked
/// for illegal content. Whether an allowed site is itself on those lists needs the
/// provider's data: that is the live check.
/// </summary>
public sealed class IllegalContentLockedRule : FilteringRule
{
    public override string Id => "fil-04";

    protected override string MetSummary => "No setting can switch off the block on illegal material.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var locked = 0;
        foreach (var profile in view.Profiles)
        {
            if (profile.EnforcedBy.IsEmpty)
            {
                finding.NotMet("profileNoBackend", profile.Span, $"The profile \"{profile.Key}\" names no backend, so filtering is off for its users.",
                    "Enforce it through the upstream filter, which blocks the illegal-content lists.", SchoolRole.ItProvider);
            }
            else if (!view.Enforces(profile, FilterFeature.IllegalContent))
            {
                finding.NotMet("illegalListsNotBlocked", profile.Span, $"No backend of the profile \"{profile.Key}\" blocks the illegal-content (IWF and CTIRU) lists.",
                    "Add upstream (the provider that blocks those lists) to the profile's enforcedBy.", SchoolRole.ItProvider);
            }
            else
            {
                locked++;
            }
        }

        finding.Evidence($"{Count(locked, "profile passes", "profiles pass")} through a filter that blocks the illegal-content lists; the config has no setting that turns filtering off.");
        CheckIllegalBlocks(view, finding);
        var allowed = view.Profiles.Sum(p => p.AllowedDomains.Length) + view.Filtering.Exceptions.Length;
        finding.Evidence($"{Count(allowed, "allow entry or exception unblocks", "allow entries and exceptions unblock")} single sites only, never a category of illegal content.");
        finding.LiveCheckNotRun("that the provider shows the illegal-content lists enforced and locked on every profile and that no allowed site is on them");
    }

    /// <summary>A site the school blocked for illegal content stays blocked for everyone: no exception or allow entry may touch it.</summary>
    private static void CheckIllegalBlocks(FilteringView view, FindingBuilder finding)
    {
        var illegal = view.Profiles.SelectMany(p => p.BlockedDomains).Where(d => d.IllegalContent).Select(d => d.Domain).Distinct().ToList();
        var lifts = view.Filtering.Exceptions.Select(e => (e.Domain, e.Span, What: "exception"))
            .Concat(view.Profiles.SelectMany(p => p.AllowedDomains).Select(d => (d.Domain, d.Span, What: "allow entry")));
        foreach (var (domain, span, what) in lifts)
        {
            foreach (var blocked in illegal.Where(b => DomainNames.Overlap(domain, b)))
            {
                finding.NotMet("liftsIllegalBlock", span, $"The {what} for \"{domain}\" would lift the block on \"{blocked}\", which is blocked for illegal content.",
                    $"Remove the {what}: a site blocked for illegal content stays blocked for everyone.", SchoolRole.Headteacher);
            }
        }

        if (illegal.Count > 0)
        {
            finding.Evidence($"{Count(illegal.Count, "site is", "sites are")} blocked for illegal content, and no exception or allow entry lifts {(illegal.Count == 1 ? "it" : "them")}.");
        }
    }
}
