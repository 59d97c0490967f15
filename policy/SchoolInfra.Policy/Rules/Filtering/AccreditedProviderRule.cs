using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-03: the upstream provider is an IWF member that blocks the IWF and CTIRU lists, every profile passes through
/// it, its attestation is less than 12 months old, and the latest termly check shows the SWGfL child-abuse and
/// terrorism tests blocked for every profile (DfE-FM FM3, UKSIC-AF illegal content, Prevent).
/// </summary>
/// <remarks>
/// Records read: the latest <c>provider-attestation</c> (its date); the latest <c>fm-check</c>, list <c>tests</c>
/// with items <c>profile</c>, <c>childAbuse</c> and <c>terrorism</c> (<c>blocked</c> when the SWGfL test was blocked).
/// </remarks>
public sealed class AccreditedProviderRule : FilteringRule
{
    public override string Id => "fil-03";

    protected override string MetSummary => "An IWF member blocks child abuse and terrorist content for everyone, and the last check proves it.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        if (view.Filtering.Upstream is not { } upstream)
        {
            finding.NotMet("noUpstream", view.Filtering.Span, "No upstream filtering provider is declared, so nothing shows the IWF and CTIRU lists are blocked.",
                "Declare the local authority's or broadband provider's filter under filtering upstream.", SchoolRole.FmSltLead);
            return;
        }

        finding.About(upstream.Span);
        CheckProvider(upstream, finding);
        foreach (var profile in view.Profiles.Where(p => !view.DeclaredBackends(p).Contains(FilteringBackend.Upstream)))
        {
            finding.NotMet("profileBypassesUpstream", profile.Span, $"The profile \"{profile.Key}\" does not pass through the upstream provider, so the illegal-content lists do not reach its users.",
                "Add upstream to the profile's enforcedBy.", SchoolRole.ItProvider);
        }

        CheckAttestation(context, upstream, finding);
        CheckSwgflTests(context, view, upstream, finding);
    }

    private static void CheckProvider(UpstreamFilter upstream, FindingBuilder finding)
    {
        if (!upstream.IwfMember)
        {
            finding.NotMet("notIwfMember", upstream.Span, $"The filtering provider \"{upstream.Provider}\" is not declared as an Internet Watch Foundation member.",
                "Use a provider that is an IWF member and blocks the IWF URL list, or correct iwfMember if it is one.", SchoolRole.FmSltLead);
        }

        if (!upstream.CtiruList)
        {
            finding.NotMet("noCtiruList", upstream.Span, $"The filtering provider \"{upstream.Provider}\" is not declared as blocking the police (CTIRU) list of terrorist content.",
                "Use a provider that blocks the CTIRU list, or correct ctiruList if it does.", SchoolRole.FmSltLead);
        }

        if (!upstream.Enforces.Contains(FilterFeature.IllegalContent))
        {
            finding.NotMet("illegalContentNotEnforced", upstream.Span, $"The filtering provider \"{upstream.Provider}\" does not list illegalContent among what it enforces.",
                "Add illegalContent to upstream enforces once the provider confirms it blocks the illegal-content lists.", SchoolRole.FmSltLead);
        }

        if (upstream is { IwfMember: true, CtiruList: true })
        {
            finding.Evidence($"The filtering provider \"{upstream.Provider}\" is declared as an IWF member blocking the IWF and CTIRU lists.");
        }
    }

    private static void CheckAttestation(RuleContext context, UpstreamFilter upstream, FindingBuilder finding)
    {
        var attestation = context.Records.Latest(RecordKind.ProviderAttestation);
        if (attestation is null)
        {
            finding.NoEvidence("noAttestation", upstream.Span, "No provider attestation (the provider's UKSIC self-certification or IWF member listing) is on record.",
                "Add a provider-attestation record with the provider's current self-certification or IWF member listing.", SchoolRole.FmSltLead);
        }
        else if (!SchoolCalendar.WithinTwelveMonths(attestation.Date, context.Today))
        {
            finding.NotMet("attestationOld", attestation.Source, $"The latest provider attestation is dated {attestation.Date:yyyy-MM-dd}, more than 12 months ago.",
                "Get the provider's current self-certification and record it.", SchoolRole.FmSltLead);
        }
        else
        {
            finding.Evidence($"The provider's attestation dated {attestation.Date:yyyy-MM-dd} is on record.");
        }
    }

    private static void CheckSwgflTests(RuleContext context, FilteringView view, UpstreamFilter upstream, FindingBuilder finding)
    {
        var check = context.Records.Latest(RecordKind.FmCheck);
        if (check is null)
        {
            finding.NoEvidence("noCheck", upstream.Span, "No termly filtering check is on record, so no SWGfL test shows child abuse and terrorist content blocked.",
                "Run the termly check with the SWGfL test tool for every profile and record it as an fm-check.", SchoolRole.FmSltLead);
            return;
        }

        var tests = RecordFields.Items(check, "tests");
        var failed = false;
        foreach (var profile in view.Profiles)
        {
            var forProfile = tests.Where(t => RecordFields.Text(t, "profile") == profile.Key).ToList();
            if (forProfile.Count == 0)
            {
                finding.NotMet("profileUntested", check.Source, $"The latest filtering check ({check.Date:yyyy-MM-dd}) has no SWGfL test for the profile \"{profile.Key}\".",
                    "Test every profile in the next termly check.", SchoolRole.FmSltLead);
                failed = true;
                continue;
            }

            foreach (var (field, what) in new[] { ("childAbuse", "child abuse"), ("terrorism", "terrorist content") })
            {
                if (forProfile.Any(t => !RecordFields.Is(RecordFields.Text(t, field), "blocked")))
                {
                    finding.NotMet("testNotBlocked", check.Source, $"In the latest filtering check ({check.Date:yyyy-MM-dd}) the SWGfL test for {what} was not shown blocked for the profile \"{profile.Key}\".",
                        "Report it to the provider and the DSL at once, then record the fix and a retest.", SchoolRole.FmSltLead);
                    failed = true;
                }
            }
        }

        if (!failed)
        {
            finding.Evidence($"The latest filtering check ({check.Date:yyyy-MM-dd}) shows child abuse and terrorist content blocked for every profile.");
        }
    }
}
