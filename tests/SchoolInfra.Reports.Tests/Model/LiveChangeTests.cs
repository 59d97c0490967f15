using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Tests.Model;

/// <summary>
/// Changes found on the live systems (drift items) in the governors' report: each is one action, said once, naming
/// every control it breaks; the controls' cards point to it instead of repeating it (issue 12).
/// </summary>
public sealed class LiveChangeTests
{
    private const string RuleType = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

    private static readonly ImmutableArray<Control> Catalogue =
    [
        Control("MFA-01", "MFA and conditional access", ControlSeverity.High),
        Control("MFA-04", "MFA and conditional access", ControlSeverity.High),
        Control("BAK-04", "Backups", ControlSeverity.Medium),
        Control("CHG-04", "Change control", ControlSeverity.High),
    ];

    private static Control Control(string id, string domain, ControlSeverity severity) =>
        new(id, domain, $"Title of {id}", $"Statement of {id}.", ["DfE-CS CS4"], severity, [EvidenceKind.Config, EvidenceKind.Tenant], id.ToLowerInvariant(), SourceSpan.None);

    private static DriftItem Item(
        string logicalName, DriftKind kind = DriftKind.ChangedOutsidePipeline, NextDeploy next = NextDeploy.PutsBack,
        ObservationKind source = ObservationKind.PulumiRefresh, string type = RuleType, string note = "") =>
        new(new DriftResource($"urn:pulumi:oakfield-primary::schoolinfra::{type}::{logicalName}", type, logicalName, "Require MFA for staff", string.Empty,
                SourceSpan.None, ["MFA-01", "MFA-04"]),
            kind,
            kind == DriftKind.ChangedOutsidePipeline ? [new PropertyDrift("state", PropertyChange.Changed, DriftValue.Known("\"enabled\""), DriftValue.Known("\"enabledForReportingButNotEnforced\""))] : [],
            next, DriftSeverity.High, SchoolRole.ItProvider, source, note);

    private static FindingProblem Problem(string message, params DriftItem[] drift) =>
        new("drift", FindingStatus.NotMet, message, SourceSpan.None, "run the deploy", SchoolRole.ItProvider) { Drift = [.. drift] };

    private static Finding NotMet(string id, params FindingProblem[] problems) =>
        new Finding(id, FindingStatus.NotMet, problems[0].Message, [$"Evidence of {id}."], SourceSpan.None, problems[0].Action, problems[0].ActionBy)
        {
            Problems = [.. problems],
            LiveCheckLine = null,
        };

    private static GovernorsReport Report(params Finding[] findings)
    {
        var met = Catalogue.Where(c => findings.All(f => f.ControlId != c.Id)).Select(c => new Finding(c.Id, FindingStatus.Met, "Met.", [], SourceSpan.None));
        return ReportModelBuilder.Build(new ReportInputs(
            "oakfield-primary", ExampleSchool.Config(), new DesiredState("oakfield-primary", [], [], [], []), Catalogue,
            [.. findings, .. met], RecordSet.Empty, [], [], ExampleSchool.Today));
    }

    [Fact]
    public void Build_OneChangeBreakingSeveralControls_IsOneActionNamingThemAll()
    {
        var item = Item("ca-require-mfa");
        var report = Report(
            NotMet("MFA-01", Problem("The rule was switched to report-only.", item)),
            NotMet("MFA-04", Problem("The rule was switched to report-only.", item)),
            NotMet("CHG-04", Problem("Open drift found on 23 Nov 2026: the rule was switched to report-only.", item)));

        var live = Assert.Single(report.Front.Actions, a => a.LiveChange.Length > 0);
        Assert.Equal("Changed outside the approved process", live.What);
        Assert.Equal(
            "The sign-in rule \"Require MFA for staff\" was switched to report-only. MFA-01, MFA-04 and CHG-04 are not met until it is put back; "
            + "applying the approved settings again puts it back.",
            live.Problem);
        Assert.Equal("The IT provider (Example Schools IT Ltd)", live.ActionBy);
        Assert.Equal("High", live.Importance);
        Assert.DoesNotContain(report.Front.Actions, a => a.Problem.Contains("report-only", StringComparison.Ordinal) && a != live);
        Assert.EndsWith(LiveChangeBuilder.HowToPutRight, report.Front.ActionsSummary, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveChangeBuilder.HowToPutRight, ActionListBuilder.Summary(3), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ControlBrokenOnlyByAChange_PointsToItsActionInsteadOfRepeatingIt()
    {
        var item = Item("ca-require-mfa");
        var report = Report(NotMet("MFA-01", Problem("The rule was switched to report-only.", item)), NotMet("MFA-04", Problem("The rule was switched to report-only.", item)));

        var action = report.Front.Actions.Single(a => a.LiveChange == "live-change-1");
        var number = report.Front.Actions.IndexOf(action) + 1;
        foreach (var card in report.Cards.Where(c => c.Id is "MFA-01" or "MFA-04"))
        {
            Assert.Equal([new ActionReference(number, $"action-{number}", string.Empty)], card.LiveChanges.AsEnumerable());
            Assert.Empty(card.Found);
            Assert.False(card.NeedsAction);
            Assert.Null(card.ToDo);
            Assert.Empty(card.Evidence);
        }
    }

    [Fact]
    public void Build_ControlWithItsOwnProblemAndAChange_KeepsItsProblemAndPointsToBoth()
    {
        var item = Item("ca-require-mfa");
        var own = new FindingProblem("groupLeftOut", FindingStatus.NotMet, "Governors are left out of the MFA rule.", SourceSpan.None, "add governors to the rule", SchoolRole.ItProvider);
        var report = Report(NotMet("MFA-01", Problem("The rule was switched to report-only.", item), own));

        var card = report.Cards.Single(c => c.Id == "MFA-01");
        Assert.Equal(["Governors are left out of the MFA rule."], card.Found.AsEnumerable());
        Assert.Equal(["Evidence of MFA-01."], card.Evidence.AsEnumerable());
        Assert.Equal("Add governors to the rule.", card.Action);
        var todo = Assert.IsType<ActionReference>(card.ToDo);
        Assert.Equal("Add governors to the rule.", report.Front.Actions[todo.Number - 1].Action);
        Assert.Equal(todo.Anchor, report.Front.Actions[todo.Number - 1].Anchor);
        Assert.Single(card.LiveChanges);
    }

    [Fact]
    public void Build_SameResourceSeenByRefreshAndTenantRead_IsOneChange()
    {
        var refresh = Item("ca-require-mfa");
        var graph = Item("ca-require-mfa", source: ObservationKind.MicrosoftGraph) with
        {
            Resource = refresh.Resource with { Address = "graph:/identity/conditionalAccess/policies/1" },
        };
        var report = Report(NotMet("MFA-01", Problem("Refresh.", refresh), Problem("Graph.", graph)), NotMet("MFA-04", Problem("Graph.", graph)));

        Assert.Single(report.Front.Actions, a => a.LiveChange.Length > 0);
    }

    [Fact]
    public void Build_TwoChanges_CardPointsToBothInOrder()
    {
        var report = Report(
            NotMet("MFA-01", Problem("One.", Item("ca-require-mfa")), Problem("Two.", Item("ca-block-legacy", DriftKind.DeletedOutsidePipeline, NextDeploy.CreatesAgain))));

        var card = report.Cards.Single(c => c.Id == "MFA-01");
        Assert.Equal([string.Empty, " and "], card.LiveChanges.Select(r => r.Separator));
        Assert.True(card.LiveChanges[0].Number < card.LiveChanges[1].Number);
        Assert.Contains(report.Front.Actions, a => a.Problem == "The sign-in rule \"Require MFA for staff\" was deleted. MFA-01 is not met until it is restored; applying the approved settings again creates it again.");
    }

    [Fact]
    public void Text_OneControl_IsSingular_AndSeveral_ArePlural()
    {
        var keys = Keys();
        Assert.Contains("MFA-01 is not met until", LiveChangeBuilder.Text(Item("a"), ["MFA-01"], keys), StringComparison.Ordinal);
        Assert.Contains("MFA-01 and MFA-04 are not met until", LiveChangeBuilder.Text(Item("a"), ["MFA-01", "MFA-04"], keys), StringComparison.Ordinal);
        var unreadable = Item("a", DriftKind.Unreadable, NextDeploy.CannotTell);
        Assert.Contains("MFA-01 has no live evidence until it can be read", LiveChangeBuilder.Text(unreadable, ["MFA-01"], keys), StringComparison.Ordinal);
        Assert.Contains("MFA-01 and MFA-04 have no live evidence until it can be read", LiveChangeBuilder.Text(unreadable, ["MFA-01", "MFA-04"], keys), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_SomethingAddedInThePortal_NamesItAndSaysWhatItDoes()
    {
        var item = Item("Staff MFA", DriftKind.Unmanaged, NextDeploy.LeavesAlone, ObservationKind.MicrosoftGraph, "graph:conditionalAccessPolicy",
            "A sign-in rule made outside the pipeline. Excludes Governors from MFA.") with
        {
            Resource = new DriftResource("graph:/identity/conditionalAccess/policies/9", "graph:conditionalAccessPolicy", null, "Staff MFA", string.Empty, SourceSpan.None, []),
        };

        Assert.Equal(
            "The sign-in rule \"Staff MFA\" is not in the school's settings. Excludes Governors from MFA. MFA-04 is not met until it is removed, or added to the "
            + "school's settings through an approved change; applying the approved settings again leaves it alone.",
            LiveChangeBuilder.Text(item, ["MFA-04"], Keys()));
    }

    private static PlainKeys Keys() => PlainKeys.From(ExampleSchool.Config(), new DesiredState("oakfield-primary", [], [], [], []));
}
