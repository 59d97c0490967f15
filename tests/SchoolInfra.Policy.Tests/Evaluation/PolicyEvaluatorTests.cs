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

    private static Waiver Waiver(string control, SchoolRole by, LocalDate approved, LocalDate expires) =>
        new() { Control = control, Reason = "The governors agreed this for the term.", ApprovedBy = by, ApprovedOn = approved, ExpiresOn = expires };

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
}
