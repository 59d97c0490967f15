using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class AccreditedProviderRuleTests
{
    private readonly AccreditedProviderRule _rule = new();

    public static SchoolRecord Attestation(string date = "2026-09-10") => TestRecords.Make(RecordKind.ProviderAttestation, $"""
        date: {date}
        by: fmSltLead
        provider: Example County Council schools broadband filter
        blockedCategories: [discrimination, drugsSubstanceAbuse, extremism, gambling, hateSpeech, malwareHacking, pornography, piracyCopyrightTheft, selfHarm, violence]
        logRetentionDays: 400
        """);

    public static SchoolRecord Check(string terrorism = "blocked") => TestRecords.Make(RecordKind.FmCheck, $"""
        date: 2026-10-06
        by: itProvider
        tests:
          - {"{"} profile: youngPupils, platform: iPadOs, site: main, connection: mainLine, childAbuse: blocked, terrorism: blocked, adultContent: blocked, result: pass {"}"}
          - {"{"} profile: olderPupils, platform: windows, site: main, connection: backup4g, childAbuse: blocked, terrorism: {terrorism}, adultContent: blocked, result: pass {"}"}
          - {"{"} profile: staff, platform: windows, site: main, connection: mainLine, childAbuse: blocked, terrorism: blocked, adultContent: blocked, result: pass {"}"}
          - {"{"} profile: guests, platform: byod, site: main, connection: mainLine, childAbuse: blocked, terrorism: blocked, adultContent: blocked, result: pass {"}"}
        logSample: {"{"} device: LAPTOP-0042, ip: 10.0.2.17, user: pupil account ref 7731, time: 2026-10-06T10:14, blocked: a gambling site {"}"}
        """);

    [Fact]
    public void Evaluate_AttestationAndPassingCheck_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(Attestation(), Check())), "shows child abuse and terrorist content blocked for every profile");

    [Fact]
    public void Evaluate_ExampleSchoolWithoutRecords_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context()), "No provider attestation");

    [Fact]
    public void Evaluate_ProviderNotIwfMember_IsNotMet()
    {
        var config = Change.Filtering(f => f.Upstream(u => u with { IwfMember = false }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config, null, Attestation(), Check())), "is not declared as an Internet Watch Foundation member");
    }

    [Fact]
    public void Evaluate_ProfileBypassingProvider_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("staff", p => p with { EnforcedBy = [FilteringBackend.GlobalSecureAccess] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config, null, Attestation(), Check())), "The profile \"staff\" does not pass through the upstream provider");
    }

    [Fact]
    public void Evaluate_AttestationOlderThanTwelveMonths_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Attestation("2025-10-01"), Check())), "more than 12 months ago");

    [Fact]
    public void Evaluate_SwgflTerrorismTestNotBlocked_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Attestation(), Check(terrorism: "allowed"))), "the SWGfL test for terrorist content was not shown blocked for the profile \"olderPupils\"");
}
