using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class HarmfulCategoriesBlockedRuleTests
{
    private readonly HarmfulCategoriesBlockedRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchoolWithAttestation_IsMet()
    {
        var finding = _rule.Evaluate(Example.Context(AccreditedProviderRuleTests.Attestation()));
        Expect.Met(finding, "The pupil profile \"olderPupils\" blocks all ten UK Safer Internet Centre categories.");
        Expect.HasEvidence(finding, "lists the categories pupils rely on the provider for");
    }

    [Fact]
    public void Evaluate_ExampleSchoolWithoutAttestation_IsNoEvidence() =>
        // Global Secure Access has no extremism category, so for pupils only the upstream provider blocks it.
        Expect.NoEvidence(_rule.Evaluate(Example.Context()), "For pupils, only the upstream provider blocks extremism");

    [Fact]
    public void Evaluate_PupilProfileMissingGambling_IsNotMet()
    {
        var config = Change.Filtering(f => WithoutUpstream(f, ContentCategory.Gambling)
            .Profile("olderPupils", p => p with { BlockedCategories = [.. p.BlockedCategories.Remove(ContentCategory.Gambling)] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The pupil profile \"olderPupils\" does not block gambling.");
    }

    [Fact]
    public void Evaluate_StaffProfileWithoutPornography_IsNotMet()
    {
        var config = Change.Filtering(f => WithoutUpstream(f, ContentCategory.Pornography)
            .Profile("staff", p => p with { BlockedCategories = [.. p.BlockedCategories.Remove(ContentCategory.Pornography)] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The profile \"staff\" does not block pornography, which every profile must block.");
    }

    [Fact]
    public void Evaluate_StaffLeavesGamblingOpenWithoutReason_IsPartial()
    {
        var config = Change.Filtering(f => WithoutUpstream(f, ContentCategory.Gambling)
            .Profile("staff", p => p with { BlockedCategories = [.. p.BlockedCategories.Remove(ContentCategory.Gambling)] }));
        Expect.Partial(_rule.Evaluate(Example.Context(config)), "The profile \"staff\" leaves gambling open without a written reason.");
    }

    [Fact]
    public void Evaluate_StaffLeavesGamblingOpenWithReason_IsMet()
    {
        var config = Change.Filtering(f => WithoutUpstream(f, ContentCategory.Gambling)
            .Profile("staff", p => p with
            {
                BlockedCategories = [.. p.BlockedCategories.Remove(ContentCategory.Gambling)],
                OpenCategories = [new OpenCategory { Category = ContentCategory.Gambling, Reason = "PSHE staff research gambling harms for lessons." }],
            }));
        Expect.Met(_rule.Evaluate(Example.Context(config, null, AccreditedProviderRuleTests.Attestation())), "The profile \"staff\" leaves gambling open, with a written reason.");
    }

    [Fact]
    public void Evaluate_PupilCategoriesOnlyUpstreamWithoutAttestation_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context(UpstreamOnly())), "For pupils, only the upstream provider blocks");

    [Fact]
    public void Evaluate_PupilCategoriesOnlyUpstreamWithAttestation_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(UpstreamOnly(), null, AccreditedProviderRuleTests.Attestation())),
            "lists the categories pupils rely on the provider for");

    [Fact]
    public void Evaluate_AttestationNotListingSelfHarm_IsNotMet()
    {
        var attestation = TestRecords.Make(RecordKind.ProviderAttestation, """
            date: 2026-09-10
            by: fmSltLead
            blockedCategories: [discrimination, drugsSubstanceAbuse, extremism, gambling, hateSpeech, malwareHacking, pornography, piracyCopyrightTheft, violence]
            """);
        Expect.NotMet(_rule.Evaluate(Example.Context(UpstreamOnly(), null, attestation)), "does not list self harm as blocked");
    }

    /// <summary>The upstream filter no longer blocks <paramref name="category"/> for everyone.</summary>
    private static FilteringConfig WithoutUpstream(FilteringConfig filtering, ContentCategory category) =>
        filtering.Upstream(u => u with { BlockedCategories = [.. u.BlockedCategories.Remove(category)] });

    /// <summary>Every profile enforced by the upstream filter alone, so pupils rely on the provider for their categories.</summary>
    private static Core.Model.SchoolConfig UpstreamOnly() => Change.Filtering(f => f with
    {
        Profiles = [.. f.Profiles.Select(p => p with { EnforcedBy = [FilteringBackend.Upstream] })],
    });
}
