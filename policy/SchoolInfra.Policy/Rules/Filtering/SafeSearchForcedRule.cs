using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-06: every profile is enforced by a backend that forces safe search; pupils' and guests' profiles are strict
/// for search and YouTube, staff may have moderate YouTube (DfE-FM FM3 since October 2024, UKSIC-AF).
/// </summary>
public sealed class SafeSearchForcedRule : FilteringRule
{
    public override string Id => "fil-06";

    protected override string MetSummary => "Safe search is forced on for every profile, strict for pupils and guests.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        foreach (var profile in view.Profiles)
        {
            var ok = true;
            if (!view.Enforces(profile, FilterFeature.SafeSearch))
            {
                finding.NotMet("cannotForceSafeSearch", profile.Span, $"No backend of the profile \"{profile.Key}\" can force safe search.",
                    "Enforce the profile through a backend that rewrites search engines to their safe modes, e.g. the upstream filter with safeSearch.", SchoolRole.ItProvider);
                ok = false;
            }

            var young = view.ServesPupils(profile) || view.ServesGuests(profile);
            if (young && (profile.SafeSearch != SafeSearchLevel.Strict || profile.YouTube != SafeSearchLevel.Strict))
            {
                finding.NotMet("safeSearchTooLoose", profile.Span, $"The profile \"{profile.Key}\" is for pupils or guests but sets search to {Level(profile.SafeSearch)} and YouTube to {Level(profile.YouTube)}; both must be strict.",
                    "Set safeSearch: strict and youTube: strict.", SchoolRole.ItProvider);
                ok = false;
            }

            if (ok)
            {
                finding.Evidence($"The profile \"{profile.Key}\" forces safe search ({Level(profile.SafeSearch)}) and YouTube restricted mode ({Level(profile.YouTube)}).");
            }
        }

        finding.LiveCheckNotRun("that Google, Bing, YouTube and DuckDuckGo resolve to their safe-mode names from each linked network");
    }

    private static string Level(SafeSearchLevel level) => ConfigNaming.EnumValue(level);
}
