using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class ExceptionExpiryRuleTests
{
    private readonly ExceptionExpiryRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchoolWithEndedExceptionLeftOut_IsMet()
    {
        var finding = _rule.Evaluate(Example.Context());
        Expect.Met(finding, "The exception for \"example-coding-club.example\" ended on 2026-10-23 and is left out of the deployment");
        Expect.HasEvidence(finding, "1 exception is in force.");
    }

    [Fact]
    public void Evaluate_ExceptionWithoutAnEndDate_IsNotMetAndNotDeployed()
    {
        // Issue 13: a weak exception is a finding, not a config error; the build leaves it out (FilteringNotes).
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ExpiresOn = null }));
        var desired = Infra.Build.DesiredStateBuilder.Build(ExampleSchool.Stack, config, Example.Today, new Core.Diagnostics.DiagnosticBag());

        Expect.NotMet(_rule.Evaluate(new RuleContext(config, desired, RecordSet.Empty, Example.Today)),
            "The exception for \"youtube.com\" has no end date, so it would never end; it is not deployed until it has one.");
        Assert.Contains(desired.Notes, n => n.Message.Contains("youtube.com (year6Pupils) has no end date: it is left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_EndedExceptionStillInDesiredState_IsNotMet()
    {
        var ended = Example.Config.Filtering!.Exceptions.Single(e => e.Domain == "example-coding-club.example");
        var stale = new DesiredResource("filter-exception-coding-club", "microsoft365:index/test:Test", PulumiValue.Map(), ResourceOptions.None, ended.Span, ["FIL-11"], "test");
        var desired = Example.Desired with { Resources = [.. Example.Desired.Resources, stale] };
        var context = new RuleContext(Example.Config, desired, RecordSet.Empty, Example.Today);
        Expect.NotMet(_rule.Evaluate(context), "ended on 2026-10-23 but is still in the desired state");
    }

    [Fact]
    public void Evaluate_ExceptionLongerThan100Days_IsNotMet()
    {
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ExpiresOn = new(2027, 3, 1) }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The exception for \"youtube.com\" lasts 119 days from approval, longer than the 100 allowed.");
    }

    [Fact]
    public void Evaluate_PupilExceptionPastAugust_IsNotMet()
    {
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { ApprovedOn = new(2027, 7, 1), ExpiresOn = new(2027, 9, 10) }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config, new(2027, 7, 2))), "is for pupils and runs past 31 August 2027, the end of the academic year");
    }

    [Fact]
    public void Evaluate_StaffExceptionPastAugustWithin100Days_IsMet()
    {
        var staffGroups = Example.Config.Identity.Groups.Where(g => g.Kind == GroupKind.Teaching).Select(g => g.Key).ToList();
        var config = Change.Filtering(f => f.Exception("youtube.com", e => e with { Groups = [.. staffGroups], ApprovedOn = new(2027, 7, 1), ExpiresOn = new(2027, 9, 10) }));
        Expect.Met(_rule.Evaluate(Example.Context(config, new(2027, 7, 2))));
    }

    [Fact]
    public void Evaluate_ExceptionEndingSoon_IsListed() =>
        Expect.HasEvidence(_rule.Evaluate(Example.Context(Example.Config, new(2026, 12, 10))), "The exception for \"youtube.com\" ends on 2026-12-19, within 14 days.");
}
