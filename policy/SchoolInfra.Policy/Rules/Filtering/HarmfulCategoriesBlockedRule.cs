using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-05: every pupil profile blocks the ten UKSIC categories; staff and guest profiles block at least pornography
/// and malware, and any other UKSIC category they leave open has a written reason (DfE-FM FM1). A category that only
/// the upstream filter blocks for a pupil profile needs the provider's attestation to list it.
/// </summary>
/// <remarks>Records read: the latest <c>provider-attestation</c>, list <c>blockedCategories</c> (config names such as <c>selfHarm</c>).</remarks>
public sealed class HarmfulCategoriesBlockedRule : FilteringRule
{
    private static readonly ContentCategory[] AdultMinimum = [ContentCategory.Pornography, ContentCategory.MalwareHacking];

    public override string Id => "fil-05";

    protected override string MetSummary => "Pupils' profiles block every harmful category; adults' profiles say why anything is left open.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var relyOnProvider = new HashSet<ContentCategory>();
        foreach (var profile in view.Profiles)
        {
            var blocked = view.BlockedCategories(profile);
            if (view.ServesPupils(profile))
            {
                CheckPupilProfile(view, profile, blocked, finding);
                relyOnProvider.UnionWith(view.BlockedOnlyUpstream(profile).Intersect(FilteringView.UksicCategories));
            }
            else
            {
                CheckAdultProfile(profile, blocked, finding);
            }
        }

        if (relyOnProvider.Count > 0)
        {
            CheckAttestation(context, view, relyOnProvider, finding);
        }
    }

    private static void CheckPupilProfile(FilteringView view, FilteringProfile profile, ImmutableHashSet<ContentCategory> blocked, FindingBuilder finding)
    {
        var open = FilteringView.UksicCategories.Where(c => !blocked.Contains(c)).ToList();
        if (open.Count == 0)
        {
            finding.Evidence($"The pupil profile \"{profile.Key}\" blocks all ten UK Safer Internet Centre categories.");
            return;
        }

        var listedButUnenforced = open.Where(profile.BlockedCategories.Contains).ToList();
        var message = listedButUnenforced.Count == open.Count && !view.Enforces(profile, FilterFeature.Categories)
            ? $"The pupil profile \"{profile.Key}\" lists {FilteringView.Describe(open)} as blocked, but none of its backends can block categories."
            : $"The pupil profile \"{profile.Key}\" does not block {FilteringView.Describe(open)}.";
        finding.NotMet("pupilCategoriesOpen", profile.Span, message,
            "Block all ten categories for pupils, through a backend that can block categories (the upstream filter or Global Secure Access).", SchoolRole.ItProvider);
    }

    private static void CheckAdultProfile(FilteringProfile profile, ImmutableHashSet<ContentCategory> blocked, FindingBuilder finding)
    {
        var minimum = AdultMinimum.Where(c => !blocked.Contains(c)).ToList();
        if (minimum.Count > 0)
        {
            finding.NotMet("minimumCategoriesOpen", profile.Span, $"The profile \"{profile.Key}\" does not block {FilteringView.Describe(minimum)}, which every profile must block.",
                "Add them to its blocked categories.", SchoolRole.ItProvider);
        }

        var explained = profile.OpenCategories.Select(o => o.Category).ToHashSet();
        var open = FilteringView.UksicCategories.Where(c => !blocked.Contains(c) && !AdultMinimum.Contains(c)).ToList();
        var unexplained = open.Where(c => !explained.Contains(c)).ToList();
        if (unexplained.Count > 0)
        {
            finding.Partial("openWithoutReason", profile.Span, $"The profile \"{profile.Key}\" leaves {FilteringView.Describe(unexplained)} open without a written reason.",
                "Block them, or record why they stay open under openCategories.", SchoolRole.FmSltLead);
        }

        if (minimum.Count == 0 && unexplained.Count == 0)
        {
            finding.Evidence(open.Count == 0
                ? $"The profile \"{profile.Key}\" blocks all ten categories."
                : $"The profile \"{profile.Key}\" leaves {FilteringView.Describe(open)} open, with a written reason.");
        }
    }

    private static void CheckAttestation(RuleContext context, FilteringView view, HashSet<ContentCategory> relyOnProvider, FindingBuilder finding)
    {
        var at = view.Filtering.Upstream?.Span ?? view.Filtering.Span;
        var attestation = context.Records.Latest(RecordKind.ProviderAttestation);
        if (attestation is null || !SchoolCalendar.WithinTwelveMonths(attestation.Date, context.Today))
        {
            var message = $"For pupils, only the upstream provider blocks {FilteringView.Describe(relyOnProvider)}, and no provider attestation from the last 12 months confirms it.";
            var action = "Record the provider's current attestation, listing the categories it blocks, as a provider-attestation.";
            if (attestation is null)
            {
                finding.NoEvidence("noAttestation", at, message, action, SchoolRole.FmSltLead);
            }
            else
            {
                finding.NotMet("attestationOld", attestation.Source, message, action, SchoolRole.FmSltLead);
            }

            return;
        }

        var listed = RecordFields.Texts(attestation, "blockedCategories").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unconfirmed = relyOnProvider.Where(c => !listed.Contains(ConfigNaming.EnumValue(c))).ToList();
        if (unconfirmed.Count > 0)
        {
            finding.NotMet("categoriesNotAttested", attestation.Source, $"The provider attestation of {attestation.Date:yyyy-MM-dd} does not list {FilteringView.Describe(unconfirmed)} as blocked, yet pupils rely on the provider for it.",
                "Ask the provider to confirm these categories are blocked, or block them through another backend.", SchoolRole.FmSltLead);
        }
        else
        {
            finding.Evidence($"The provider attestation of {attestation.Date:yyyy-MM-dd} lists the categories pupils rely on the provider for.");
        }
    }
}
