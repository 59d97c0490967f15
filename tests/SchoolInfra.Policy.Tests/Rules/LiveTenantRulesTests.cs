using NodaTime;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;
using SchoolInfra.Policy.Rules.Identity;
using SchoolInfra.Policy.Rules.Mfa;
using SchoolInfra.Policy.Tests.Support;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Policy.Tests.Rules;

/// <summary>
/// Live evidence for the rules (issue 10, item 5): with a tenant read, MFA-01, IAM-04 and IAM-05 judge what is live
/// and say "observed live" with the read's time; an area the read could not complete never makes them met, it leaves
/// that part "not checked live".
/// </summary>
public sealed class LiveTenantRulesTests
{
    private static readonly Instant ReadAt = Instant.FromUtc(2026, 11, 23, 5, 30);
    private const string ObservedLine = "Observed live on 2026-11-23 at 05:30 UTC";

    private static TenantSnapshot Mirror() =>
        MirrorTenant.From(ExampleSchool.Stack, "oakfield-primary.example", DeclaredTenant.From(Oakfield.Desired)) with { ReadAt = ReadAt };

    private static TenantSnapshot WithArea(TenantSnapshot snapshot, ObservedArea area, ReadState state, string? permission = null) => snapshot with
    {
        Areas = [.. snapshot.Areas.Select(a => a.Area == area ? new AreaRead(area, state, 0, "The read was refused.", permission) : a)],
    };

    private static Finding Evaluate(IRule rule, TenantSnapshot snapshot, RecordSet? records = null)
    {
        var context = new RuleContext(Oakfield.Config, Oakfield.Desired, records ?? Oakfield.Records, Oakfield.Today) { Catalogue = Oakfield.Catalogue, Observed = snapshot };
        return rule.Evaluate(Oakfield.Control(rule.Id.ToUpperInvariant()), context);
    }

    private static void AssertCheckedLive(Finding finding)
    {
        Assert.Contains(finding.Sources, s => s.Origin == EvidenceOrigin.ObservedLive && s.At == ReadAt);
        Assert.DoesNotContain(EvidenceKind.Tenant, finding.Unchecked);
        Assert.Contains(finding.Evidence, e => e.StartsWith(ObservedLine, StringComparison.Ordinal));
    }

    private static void AssertNotCheckedLive(Finding finding)
    {
        Assert.Contains(EvidenceKind.Tenant, finding.Unchecked);
        Assert.Contains(finding.Evidence, e => e.StartsWith("Not checked live:", StringComparison.Ordinal));
        Assert.DoesNotContain(finding.Evidence, e => e.StartsWith(ObservedLine, StringComparison.Ordinal));
    }

    private static TenantSnapshot WithRule(TenantSnapshot snapshot, string displayName, Func<ObservedSignInRule, ObservedSignInRule> change) => snapshot with
    {
        SignInRules = [.. snapshot.SignInRules.Select(r => r.DisplayName.EndsWith(displayName, StringComparison.Ordinal) ? change(r) : r)],
    };

    private static ObservedSignInRule PortalRule(SignInRuleState state) => new("ca-portal-0001", "Staff MFA (made in the portal)", state, ["All"], [],
        [], [MirrorTenant.GroupId("slt")], [], [], ["All"], [], ["all"], [], [], "OR", ["mfa"], null, null);

    // MFA-01

    [Fact]
    public void Evaluate_MfaRulesLiveAsDeclared_IsMetAndObservedLive()
    {
        var finding = Evaluate(new MfaForPersonalDataRule(), Mirror());
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertCheckedLive(finding);
    }

    [Fact]
    public void Evaluate_MfaRuleReportOnlyLive_IsNotMet()
    {
        var snapshot = WithRule(Mirror(), "Require MFA for everyone who can reach personal data", r => r with { State = SignInRuleState.ReportOnly });
        var finding = Evaluate(new MfaForPersonalDataRule(), snapshot);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("liveMfaNotEnforced", finding.Problems[0].Key);
        Assert.Contains("is report-only, so it enforces nothing (observed live on 2026-11-23 at 05:30 UTC)", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MfaRuleSwitchedOffLive_IsNotMet()
    {
        var snapshot = WithRule(Mirror(), "Require MFA for everyone who can reach personal data", r => r with { State = SignInRuleState.Disabled });
        FindingAssert.Is(FindingStatus.NotMet, Evaluate(new MfaForPersonalDataRule(), snapshot));
    }

    [Fact]
    public void Evaluate_PortalRuleExcludingSltFromMfa_IsNotMet()
    {
        var snapshot = Mirror() with { SignInRules = Mirror().SignInRules.Add(PortalRule(SignInRuleState.Enabled)) };
        var finding = Evaluate(new MfaForPersonalDataRule(), snapshot);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("liveMfaExclusion", finding.Problems[0].Key);
        Assert.Contains("\"Staff MFA (made in the portal)\", made outside the pipeline, excludes the group \"slt\" from MFA", finding.Summary, StringComparison.Ordinal);
        AssertCheckedLive(finding);
    }

    [Fact]
    public void Evaluate_ReportOnlyPortalRuleExcludingSlt_IsMet()
    {
        // A report-only rule enforces nothing, so its exclusion takes MFA from nobody.
        var snapshot = Mirror() with { SignInRules = Mirror().SignInRules.Add(PortalRule(SignInRuleState.ReportOnly)) };
        FindingAssert.Is(FindingStatus.Met, Evaluate(new MfaForPersonalDataRule(), snapshot));
    }

    [Fact]
    public void Evaluate_SignInRulesPartlyRead_IsNeverCheckedLiveButStillJudgesWhatWasRead()
    {
        var partial = WithArea(Mirror(), ObservedArea.SignInRules, ReadState.Partial);
        var finding = Evaluate(new MfaForPersonalDataRule(), partial);
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertNotCheckedLive(finding);
        Assert.Contains(finding.Evidence, e => e.Contains("could not read sign-in rules (partly read) completely", StringComparison.Ordinal));

        var reportOnly = WithRule(partial, "Require MFA for everyone who can reach personal data", r => r with { State = SignInRuleState.ReportOnly });
        FindingAssert.Is(FindingStatus.NotMet, Evaluate(new MfaForPersonalDataRule(), reportOnly));

        // A partial read does not reach every rule: a rule it did not return is not called missing.
        var missing = partial with { SignInRules = [.. partial.SignInRules.Where(r => !r.DisplayName.EndsWith("Require MFA for everyone who can reach personal data", StringComparison.Ordinal))] };
        FindingAssert.Is(FindingStatus.Met, Evaluate(new MfaForPersonalDataRule(), missing));
    }

    [Fact]
    public void Evaluate_SignInRulesNotRead_IsDeclaredOnlyNotCheckedLive()
    {
        var finding = Evaluate(new MfaForPersonalDataRule(), WithArea(Mirror(), ObservedArea.SignInRules, ReadState.Unknown, "Policy.Read.All"));
        AssertNotCheckedLive(finding);
        Assert.DoesNotContain(finding.Sources, s => s.Origin == EvidenceOrigin.ObservedLive);
        Assert.Contains(finding.Evidence, e => e.Contains("sign-in rules (not read, needs Policy.Read.All)", StringComparison.Ordinal));
    }

    // IAM-04

    [Fact]
    public void Evaluate_OnlyDeclaredAdministratorsLive_IsMetAndObservedLive()
    {
        var finding = Evaluate(new FewSeparateAdminsRule(), Mirror());
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertCheckedLive(finding);
    }

    [Fact]
    public void Evaluate_UndeclaredGlobalAdministratorLive_IsNotMet()
    {
        var manager = new ObservedPrincipal("user-business.manager", PrincipalKind.User, "Business manager", "business.manager@oakfield-primary.example");
        var snapshot = Mirror() with { RoleHolders = Mirror().RoleHolders.Add(new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", manager, "/")) };
        var finding = Evaluate(new FewSeparateAdminsRule(), snapshot);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("undeclaredAdmin", finding.Problems[0].Key);
        Assert.Contains("\"business.manager@oakfield-primary.example\" holds Global Administrator (observed live on 2026-11-23 at 05:30 UTC)", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UndeclaredMemberOfAdministratorGroupLive_IsNotMet()
    {
        var mirror = Mirror();
        var snapshot = mirror with
        {
            Groups = [.. mirror.Groups.Select(g => g.MembersRead ? g with { Members = g.Members.Add(MirrorTenant.User("teacher3@oakfield-primary.example")) } : g)],
        };
        var finding = Evaluate(new FewSeparateAdminsRule(), snapshot);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("undeclaredAdminMember", finding.Problems[0].Key);
    }

    [Fact]
    public void Evaluate_RoleHoldersNotRead_LeavesIam04NotCheckedLive()
    {
        var finding = Evaluate(new FewSeparateAdminsRule(), WithArea(Mirror(), ObservedArea.PrivilegedRoles, ReadState.Unknown, "RoleManagement.Read.Directory"));
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertNotCheckedLive(finding);
        Assert.Contains(finding.Evidence, e => e.Contains("administrator role holders (not read, needs RoleManagement.Read.Directory)", StringComparison.Ordinal));
    }

    // IAM-05

    private static TenantSnapshot SignedIn(LocalDate day) => Mirror() with
    {
        BreakGlassSignIns = [new ObservedSignIn("account1", day.AtMidnight().PlusHours(21).InUtc().ToInstant(), "Microsoft Entra admin center", true)],
    };

    private static readonly LocalDate SignInDay = new(2026, 11, 14);

    [Fact]
    public void Evaluate_EmergencyAccountsLiveWithoutSignIns_IsMetAndObservedLive()
    {
        var finding = Evaluate(new EmergencyAccountsRule(), Mirror());
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertCheckedLive(finding);
    }

    [Fact]
    public void Evaluate_EmergencySignInWithoutIncidentRecord_IsNotMet()
    {
        var finding = Evaluate(new EmergencyAccountsRule(), SignedIn(SignInDay));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("breakGlassSignIn", finding.Problems[0].Key);
        Assert.Contains("signed in on 2026-11-14 at 21:00 UTC (Microsoft Entra admin center) and no incident record covers it", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(Oakfield.Config.Identity.BreakGlass[0].Span, finding.Location);
    }

    [Fact]
    public void Evaluate_EmergencySignInRecordedAsIncident_IsMet()
    {
        var incident = Oakfield.Record("""
            kind: incident-log
            date: 2026-11-20
            by: sltDigitalLead
            incidents:
              - found: 2026-11-15
                category: breakGlassSignIn
                account: emergency1
                actions: The IT provider used the emergency account to restore the MFA rule after a licence lapse.
                outcome: Credentials changed and resealed.
                personalDataBreach: false
                told: [headteacher]
            """);
        var finding = Evaluate(new EmergencyAccountsRule(), SignedIn(SignInDay), new RecordSet([.. Oakfield.Records.All.Where(r => r.Kind != RecordKind.IncidentLog), incident]));
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertCheckedLive(finding);
        Assert.Contains(finding.Evidence, e => e.Contains("the incident-log record of 2026-11-20 covers it", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_EmergencySignInRecordedForTheOtherAccount_IsNotMet()
    {
        var incident = Oakfield.Record("""
            kind: incident-log
            date: 2026-11-20
            by: sltDigitalLead
            incidents:
              - found: 2026-11-14
                category: breakGlassSignIn
                account: emergency2
                actions: Investigated.
                outcome: Resealed.
            """);
        FindingAssert.Is(FindingStatus.NotMet, Evaluate(new EmergencyAccountsRule(), SignedIn(SignInDay), new RecordSet([.. Oakfield.Records.All, incident])));
    }

    [Fact]
    public void Evaluate_EmergencySignInOnTheCustodyTestDay_IsMet()
    {
        // The example's custody check of 2026-09-16 records its test sign-in that day.
        var finding = Evaluate(new EmergencyAccountsRule(), SignedIn(new LocalDate(2026, 9, 16)));
        FindingAssert.Is(FindingStatus.Met, finding);
        Assert.Contains(finding.Evidence, e => e.Contains("the break-glass-custody record of 2026-09-16 covers it", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_EmergencyAccountDisabledLive_IsNotMet()
    {
        var mirror = Mirror();
        var snapshot = mirror with { BreakGlassAccounts = [.. mirror.BreakGlassAccounts.Select((a, i) => i == 0 ? a with { AccountEnabled = false } : a)] };
        var finding = Evaluate(new EmergencyAccountsRule(), snapshot);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Equal("liveAccount", finding.Problems[0].Key);
    }

    [Fact]
    public void Evaluate_EmergencySignInsNotRead_LeavesIam05NotCheckedLive()
    {
        var finding = Evaluate(new EmergencyAccountsRule(), WithArea(Mirror(), ObservedArea.BreakGlassSignIns, ReadState.Unknown, "AuditLog.Read.All"));
        FindingAssert.Is(FindingStatus.Met, finding);
        AssertNotCheckedLive(finding);
        Assert.Contains(finding.Evidence, e => e.Contains("emergency account sign-ins (not read, needs AuditLog.Read.All)", StringComparison.Ordinal));
        // What the read did show still counts: the accounts area was read, so the finding is partly checked live.
        Assert.Contains(finding.Sources, s => s.Origin == EvidenceOrigin.ObservedLive);
    }

    [Fact]
    public void Evaluate_ThroughTheEvaluator_SaysCheckedLiveOnTheReadDate()
    {
        var context = new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, Oakfield.Today) { Observed = Mirror() };
        var rules = RuleRegistry.Discover(new Core.Diagnostics.DiagnosticBag());
        var catalogue = new ControlCatalogue([.. Oakfield.Catalogue.Controls.Where(c => c.Id is "MFA-01" or "IAM-04")]);
        var findings = PolicyEvaluator.Evaluate(catalogue, rules, context);
        Assert.All(findings, f => Assert.Equal("checked live on 2026-11-23", Provenance.Phrase(f)));
    }
}
