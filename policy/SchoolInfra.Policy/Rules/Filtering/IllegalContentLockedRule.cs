using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-04: nothing in the config turns filtering off or takes a profile outside the illegal-content lists (UKSIC-AF
/// 2024: they cannot be disabled by anyone, administrators included). The model has no switch that disables
/// filtering and exceptions unblock single sites only, so what remains is that every profile is enforced through a
/// backend that blocks the illegal-content lists. Whether an allowed site is itself on those lists needs the
/// provider's data: that is the live check.
/// </summary>
public sealed class IllegalContentLockedRule : FilteringRule
{
    public override string Id => "fil-04";

    protected override string MetSummary => "No setting can switch off the block on illegal material.";

    protected override void Check(RuleContext context, FilteringCoverage coverage, FindingBuilder finding)
    {
        var locked = 0;
        foreach (var profile in coverage.Profiles)
        {
            if (profile.EnforcedBy.IsEmpty)
            {
                finding.NotMet(profile.Span, $"The profile \"{profile.Key}\" names no backend, so filtering is off for its users.",
                    "Enforce it through the upstream filter, which blocks the illegal-content lists.", SchoolRole.ItProvider);
            }
            else if (!coverage.Enforces(profile, FilterFeature.IllegalContent))
            {
                finding.NotMet(profile.Span, $"No backend of the profile \"{profile.Key}\" blocks the illegal-content (IWF and CTIRU) lists.",
                    "Add upstream (the provider that blocks those lists) to the profile's enforcedBy.", SchoolRole.ItProvider);
            }
            else
            {
                locked++;
            }
        }

        finding.Evidence($"{Count(locked, "profile passes", "profiles pass")} through a filter that blocks the illegal-content lists; the config has no setting that turns filtering off.");
        var allowed = coverage.Profiles.Sum(p => p.AllowedDomains.Length) + coverage.Filtering.Exceptions.Length;
        finding.Evidence($"{Count(allowed, "allow entry or exception unblocks", "allow entries and exceptions unblock")} single sites only, never a category of illegal content.");
        finding.LiveCheckNotRun("that the provider shows the illegal-content lists enforced and locked on every profile and that no allowed site is on them");
    }
}
