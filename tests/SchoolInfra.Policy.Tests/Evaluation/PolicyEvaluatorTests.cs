using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Evaluation;

/// <summary>The evaluator runs each control's rule and applies waivers (CHG-05), on a catalogue of this branch's controls.</summary>
public sealed class PolicyEvaluatorTests
{
    private static readonly RuleRegistry Rules = RuleRegistry.Discover(new DiagnosticBag());

    /// <summary>The catalogue's controls whose rules are in this build, so the test does not depend on other branches.</summary>
    private static readonly ControlCatalogue Catalogue = new([.. Oakfield.Catalogue.Controls.Where(c => Rules.Find(c.Rule) is not null)]);

    private static Finding Evaluate(string control, Core.Model.SchoolConfig? config = null, LocalDate? today = null)
    {
        var date = today ?? Oakfield.Today;
        var school = config ?? Oakfield.Config;
        var context = new RuleContext(school, Oakfield.Desired, Oakfield.Records, date);
        return PolicyEvaluator.Evaluate(Catalogue, Rules, context).Single(f => f.ControlId == control);
    }

    private static Core.Model.SchoolConfig WithWaivers(params Waiver[] waivers) => Oakfield.Config with { Waivers = [.. waivers] };

    private static Waiver Waiver(string control, SchoolRole by, LocalDate approved, LocalDate expires, string? problem = null) =>
        new() { Control = control, Problem = problem ?? Problems[control], Reason = "The governors agreed this for the term.", ApprovedBy = by, ApprovedOn = approved, ExpiresOn = expires };

    /// <summary>The problem each test's waiver names: a waiver covers only the problem it names.</summary>
    private static readonly Dictionary<string, string> Problems = new(StringComparer.Ordinal)
    {
        ["PWD-05"] = "classLogons",
        ["REV-01"] = "fmReview",
        ["ROL-01"] = "noGovernor",
        ["MON-01"] = "classLogons",
    };

    [Fact]
    public void Evaluate_EveryControl_GetsOneFindingInCatalogueOrder()
    {
        var findings = PolicyEvaluator.Evaluate(Catalogue, Rules, new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, Oakfield.Today));
        Assert.Equal(Catalogue.Controls.Select(c => c.Id), findings.Select(f => f.ControlId));
    }

    [Fact]
    public void Evaluate_ValidWaiver_TurnsPartialIntoWaived()
    {
        var finding = Evaluate("PWD-05");
        Assert.Equal(FindingStatus.Waived, finding.Status);
        Assert.NotNull(finding.Waiver);
        Assert.Equal(SchoolRole.Headteacher, finding.Waiver.ApprovedBy);
        Assert.Contains("Waived until 2026-12-16", finding.Summary, StringComparison.Ordinal);
        Assert.Null(finding.Action);
    }

    [Fact]
    public void Evaluate_ExpiredWaiver_LeavesTheControlPartialAndFailsChg05()
    {
        var today = new LocalDate(2026, 12, 17);
        Assert.Equal(FindingStatus.Partial, Evaluate("PWD-05", today: today).Status);
        Assert.Equal(FindingStatus.NotMet, Evaluate("CHG-05", today: today).Status);
    }

    [Fact]
    public void Evaluate_WaiverLongerThan100Days_DoesNotApply()
    {
        var config = WithWaivers(Waiver("PWD-05", SchoolRole.Headteacher, new LocalDate(2026, 9, 1), new LocalDate(2027, 1, 31)));
        Assert.Equal(FindingStatus.Partial, Evaluate("PWD-05", config).Status);
        Assert.Equal(FindingStatus.NotMet, Evaluate("CHG-05", config).Status);
    }

    [Fact]
    public void Evaluate_HighSeverityWaiverFromTheHeadteacher_DoesNotApply()
    {
        var config = WithWaivers(Waiver("REV-01", SchoolRole.Headteacher, new LocalDate(2026, 11, 20), new LocalDate(2027, 1, 20)));
        Assert.Equal(FindingStatus.NotMet, Evaluate("REV-01", config).Status);
    }

    [Fact]
    public void Evaluate_HighSeverityWaiverFromTheChair_Applies()
    {
        var config = WithWaivers(Waiver("REV-01", SchoolRole.ChairOfGovernors, new LocalDate(2026, 11, 20), new LocalDate(2027, 1, 20)));
        Assert.Equal(FindingStatus.Waived, Evaluate("REV-01", config).Status);
    }

    [Fact]
    public void Evaluate_WaiverForAMetControl_ChangesNothing() =>
        Assert.Equal(FindingStatus.Met, Evaluate("ROL-01", WithWaivers(Waiver("ROL-01", SchoolRole.ChairOfGovernors, new LocalDate(2026, 11, 20), new LocalDate(2027, 1, 20)))).Status);

    [Fact]
    public void Evaluate_TwiceOnTheSameInputs_GivesEqualFindings()
    {
        var context = new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, Oakfield.Today);
        var first = PolicyEvaluator.Evaluate(Catalogue, Rules, context);
        var second = PolicyEvaluator.Evaluate(Catalogue, Rules, context);
        Assert.Equal(first.Select(f => (f.ControlId, f.Status, f.Summary, string.Join("|", f.Evidence))), second.Select(f => (f.ControlId, f.Status, f.Summary, string.Join("|", f.Evidence))));
    }

    [Fact]
    public void Evaluate_Findings_NeverQuoteASecretOrAPupilGroupRule()
    {
        var findings = PolicyEvaluator.Evaluate(Catalogue, Rules, new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, Oakfield.Today));
        var text = string.Join("\n", findings.SelectMany(f => f.Evidence.Append(f.Summary)));
        Assert.DoesNotContain("ZmljdGlvbmFsLWNpcGhlcnRleHQ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("user.department", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 12: the MON-01 waiver for untraceable class log-ons used to hide an unrelated missed weekly review. A
    /// waiver covers only the problem it names, so the missed week stays open and decides the status.
    /// </summary>
    [Fact]
    public void Evaluate_ClassLogonWaiverAndAMissedWeeklyReview_LeavesTheMissedWeekOpen()
    {
        var records = new Evidence.Records.RecordSet([.. Oakfield.Records.All.Where(r => r.Kind != Evidence.Records.RecordKind.MonitoringReview),
            Oakfield.Record("kind: monitoring-review\ndate: 2026-11-20\nby: dsl\nweeks: [2026-08-31, 2026-09-07, 2026-09-14, 2026-09-28, 2026-10-05, 2026-10-12, 2026-10-19, 2026-11-02, 2026-11-09, 2026-11-16]\n")]);
        var context = new RuleContext(Oakfield.Config, Oakfield.Desired, records, Oakfield.Today);

        var finding = PolicyEvaluator.Evaluate(Catalogue, Rules, context).Single(f => f.ControlId == "MON-01");

        Assert.Equal(FindingStatus.Partial, finding.Status);
        Assert.Null(finding.Waiver);
        Assert.Equal("weeklyReview", Assert.Single(finding.Problems).Key);
        Assert.Contains("2026-09-21", finding.Summary, StringComparison.Ordinal);
        var waived = Assert.Single(finding.WaivedProblems);
        Assert.Equal("classLogons", waived.Key);
        Assert.Equal(SchoolRole.ChairOfGovernors, waived.WaivedBy?.ApprovedBy);
    }

    [Fact]
    public void Evaluate_ClassLogonWaiverAlone_WaivesTheControl()
    {
        var finding = Evaluate("MON-01");
        Assert.Equal(FindingStatus.Waived, finding.Status);
        Assert.Empty(finding.Problems);
        Assert.Equal("classLogons", Assert.Single(finding.WaivedProblems).Key);
    }

    [Fact]
    public void Evaluate_WaiverForAnotherProblem_CoversNothing()
    {
        var config = WithWaivers(Waiver("PWD-05", SchoolRole.Headteacher, new LocalDate(2026, 9, 7), new LocalDate(2026, 12, 16), problem: "classLogonOffSite"));
        var finding = Evaluate("PWD-05", config);
        Assert.Equal(FindingStatus.Partial, finding.Status);
        Assert.Empty(finding.WaivedProblems);
    }

    [Fact]
    public void Evaluate_WaiverNamingNoProblem_CoversNothingAndFailsChg05()
    {
        var config = WithWaivers(new Waiver { Control = "PWD-05", Reason = "The governors agreed this for the term.", ApprovedBy = SchoolRole.Headteacher, ApprovedOn = new LocalDate(2026, 9, 7), ExpiresOn = new LocalDate(2026, 12, 16) });
        Assert.Equal(FindingStatus.Partial, Evaluate("PWD-05", config).Status);
        var chg05 = Evaluate("CHG-05", config);
        Assert.Equal(FindingStatus.NotMet, chg05.Status);
        Assert.Contains("does not name the problem it covers", chg05.Summary, StringComparison.Ordinal);
    }
}
