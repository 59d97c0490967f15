using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.History;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Tests.Model;

/// <summary>The governors' report model from small, hand-made inputs: what it says, and what it refuses to copy in.</summary>
public sealed class ReportModelBuilderTests
{
    private static readonly SchoolConfig Config = ExampleSchool.Config();
    private static readonly LocalDate Today = ExampleSchool.Today;

    private static readonly ImmutableArray<Control> Catalogue =
    [
        Control("MFA-01", "MFA and conditional access", ControlSeverity.High),
        Control("BAK-06", "Backups", ControlSeverity.High),
        Control("BAK-04", "Backups", ControlSeverity.Medium),
        Control("DEV-05", "Devices", ControlSeverity.Medium),
    ];

    private static Control Control(string id, string domain, ControlSeverity severity) =>
        new(id, domain, $"Title of {id}", $"Statement of {id}.", ["DfE-CS CS6"], severity, [EvidenceKind.Config, EvidenceKind.Record], id.ToLowerInvariant(), SourceSpan.None);

    private static ReportInputs Inputs(
        ImmutableArray<Finding>? findings = null, SchoolConfig? config = null, ImmutableArray<CommittedChange>? changes = null,
        RecordSet? records = null, ImmutableArray<RecordDue>? schedule = null) => new(
            "oakfield-primary",
            config ?? Config,
            new DesiredState("oakfield-primary", [], [], [], []),
            Catalogue,
            findings ?? [new Finding("MFA-01", FindingStatus.Met, "Everyone uses MFA.", ["7 groups must use MFA."], SourceSpan.None)],
            records ?? RecordSet.Empty,
            schedule ?? [],
            changes ?? [],
            Today);

    [Fact]
    public void Build_ExampleSchool_FormatsDatesForGovernors()
    {
        var report = ReportModelBuilder.Build(Inputs());

        Assert.Equal("23 Nov 2026", report.ReportDate);
        Assert.Equal("Autumn 2026", report.TermName);
        Assert.Equal("2 Sep 2026 to 18 Dec 2026", report.TermDates);
        Assert.Equal("Oakfield Primary School", report.SchoolName);
    }

    [Fact]
    public void Build_ControlNobodyEvaluated_HasNoEvidenceNeverMet()
    {
        var report = ReportModelBuilder.Build(Inputs());

        var backups = report.Cards.Where(c => c.Area == "Backups").ToList();
        Assert.Equal(2, backups.Count);
        Assert.All(backups, c => Assert.Equal("No evidence yet", c.StatusLabel));
        Assert.DoesNotContain(report.Met, m => m.Area == "Backups");
    }

    [Fact]
    public void Build_Counts_AddUpToTheCatalogueInAFixedOrder()
    {
        var report = ReportModelBuilder.Build(Inputs(
        [
            new Finding("MFA-01", FindingStatus.Met, "Met.", [], SourceSpan.None),
            new Finding("BAK-06", FindingStatus.NotMet, "No restore test this term.", [], SourceSpan.None, "restore some files and record it", SchoolRole.ItProvider),
            new Finding("BAK-04", FindingStatus.Partial, "Retention is short.", [], SourceSpan.None),
        ]));

        Assert.Equal("1 of 4 controls is met. 1 is not met, 1 is partly met and 1 has no evidence yet.", report.MetSummary);
        Assert.Equal(["MFA-01"], report.Met.Select(m => m.Id));
        Assert.Equal(["BAK-06", "BAK-04", "DEV-05"], report.Cards.Select(c => c.Id));
        Assert.Equal(
            ["BAK-06: Title of BAK-06", "Filtering exception for example-coding-club.example", "BAK-04: Title of BAK-04", "DEV-05: Title of DEV-05"],
            report.Front.Actions.Select(a => a.What));
        Assert.Equal(["High", "High", "Medium", "Medium"], report.Front.Actions.Select(a => a.Importance));
    }

    [Fact]
    public void Build_NotMetControl_SaysWhatToDoAndWhoActs()
    {
        var report = ReportModelBuilder.Build(Inputs([new Finding("BAK-06", FindingStatus.NotMet, "Due by 2027-01-01.", ["Last test 2026-10-21."], SourceSpan.None, "restore some files and record it", SchoolRole.ItProvider)]));

        var control = report.Cards.Single(c => c.Id == "BAK-06");
        Assert.Equal("Restore some files and record it.", control.Action);
        Assert.Equal("The IT provider (Example Schools IT Ltd)", control.ActionBy);
        Assert.Equal("7 Dec 2026", control.DueBy);
        Assert.Equal(["Due by 1 Jan 2027."], control.Found.AsEnumerable());
        Assert.Equal(["Last test 21 Oct 2026."], control.Evidence.AsEnumerable());
    }

    [Fact]
    public void Build_WaivedControl_CardShowsWhoApprovedItAndTheWaiversTableItsReason()
    {
        var waiver = new Waiver
        {
            Control = "DEV-05",
            Reason = "Until the new drives arrive in Spring, the old drives stay.",
            ApprovedBy = SchoolRole.Headteacher,
            ApprovedOn = new LocalDate(2026, 9, 7),
            ExpiresOn = new LocalDate(2026, 12, 16),
        };
        var finding = new Finding("DEV-05", FindingStatus.Waived, $"Waived until 2026-12-16: {waiver.Reason}", [], SourceSpan.None) { Waiver = waiver };

        var report = ReportModelBuilder.Build(Inputs([finding], config: Config with { Waivers = [waiver] }));
        var control = report.Cards.Single(c => c.Id == "DEV-05");

        Assert.Equal("Waived until 16 Dec 2026, approved by the headteacher (Mrs H. Ashcombe) on 7 Sep 2026.", control.Found[0]);
        Assert.DoesNotContain(control.Found, l => l.Contains(waiver.Reason, StringComparison.Ordinal));
        Assert.Empty(control.Action);
        var line = report.Waivers.Lines.Single();
        Assert.Equal(waiver.Reason, line.Reason);
        Assert.Equal("The whole control.", line.Problem);
    }

    [Fact]
    public void Build_ExpiredException_IsFlaggedFirstAndCountedAsOverdue()
    {
        var report = ReportModelBuilder.Build(Inputs());

        var first = report.Exceptions.Lines[0];
        Assert.Equal("example-coding-club.example", first.Site);
        Assert.True(first.IsExpired);
        Assert.Equal("Expired 31 days ago: remove it from the settings", first.State);
        Assert.Equal("Live: ends in 26 days", report.Exceptions.Lines[1].State);
        Assert.Equal("After-school coding club project site for the autumn half term.", first.Reason);
        var action = Assert.Single(report.Front.Actions, a => a.What == "Filtering exception for example-coding-club.example");
        Assert.Equal("7 Dec 2026", action.DueBy);
        Assert.Equal("The IT provider (Example Schools IT Ltd)", action.ActionBy);
    }

    [Fact]
    public void Build_ExceptionRequestedByAName_ShowsNoName()
    {
        var config = Config with { Filtering = Config.Filtering! with { Exceptions = [Config.Filtering.Exceptions[0] with { RequestedBy = "Jamie Smith" }] } };

        var report = ReportModelBuilder.Build(Inputs(config: config));

        Assert.Equal("a member of staff (title not shown)", report.Exceptions.Lines.Single().RequestedBy);
    }

    [Fact]
    public void Build_OverdueRecord_NamesItAndWhoActs()
    {
        var review = new SchoolRecord(RecordKind.FmReview, new LocalDate(2025, 11, 10), SchoolRole.FmSltLead, ImmutableDictionary<string, SourceNode>.Empty, SourceSpan.None);
        var due = new RecordDue(RecordKind.FmReview, RecordFrequency.Annual, DueState.Overdue, review, new LocalDate(2026, 11, 10), "2026-27");

        var report = ReportModelBuilder.Build(Inputs(schedule: [due]));

        var line = report.Front.Actions.First(a => a.What == "Yearly review of filtering and monitoring");
        Assert.Equal("It was due by 10 Nov 2026. The last one was on 10 Nov 2025.", line.Problem);
        Assert.Equal("The senior leader for filtering and monitoring (Mr D. Fenwick)", line.ActionBy);
    }

    [Fact]
    public void Build_RestoreTestRecord_ShowsOnlyItsDateWhoAndResult()
    {
        var fields = ImmutableDictionary<string, SourceNode>.Empty
            .Add("result", new SourceScalar(SourceSpan.None, "passed", false))
            .Add("adminPassword", new SourceScalar(SourceSpan.None, "Hunter2!", false))
            .Add("restored", new SourceScalar(SourceSpan.None, "Jamie's folder", false));
        var records = new RecordSet([new SchoolRecord(RecordKind.RestoreTest, new LocalDate(2026, 10, 21), SchoolRole.ItProvider, fields, SourceSpan.None)]);

        var report = ReportModelBuilder.Build(Inputs(records: records));

        Assert.Equal("21 Oct 2026, by the IT provider. It passed.", report.Backups.LastRestoreTest);
        Assert.Equal("Not yet checked against the live systems.", report.Backups.LastSuccessfulBackup);
        Assert.False(report.Backups.RuleMet, "the example's Microsoft 365 data has one copy, so 3-2-1 is not met for it");
    }

    [Fact]
    public void Build_NoLiveRead_NothingCountsAsCheckedLive()
    {
        var tenant = new Finding("MFA-01", FindingStatus.Met, "Everyone uses MFA.", [], SourceSpan.None);
        var catalogue = Catalogue.SetItem(0, Catalogue[0] with { Evidence = [EvidenceKind.Config, EvidenceKind.Tenant] });

        var checking = ReportModelBuilder.Build(Inputs([tenant]) with { Catalogue = catalogue }).Front.Checking;

        Assert.False(checking.LiveChecked);
        Assert.Equal(0, checking.Rows[0].Count);
        Assert.Equal("Not read for this report", checking.Rows[0].When);
        Assert.StartsWith("No control was checked against the live systems", checking.Summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LiveRead_CountsControlsWhoseTenantPartWasReadAndSaysWhen()
    {
        var read = new Finding("MFA-01", FindingStatus.Met, "Everyone uses MFA.", [], SourceSpan.None);
        var unread = new Finding("BAK-04", FindingStatus.Met, "Kept long enough.", [], SourceSpan.None) { Unchecked = [EvidenceKind.Tenant] };
        var catalogue = Catalogue.Select(c => c with { Evidence = [EvidenceKind.Config, EvidenceKind.Tenant] }).ToImmutableArray();

        var report = ReportModelBuilder.Build(Inputs([read, unread]) with { Catalogue = catalogue, ObservedOn = new LocalDate(2026, 11, 22) });

        Assert.True(report.Front.Checking.LiveChecked);
        Assert.Equal([1, 0, 1, 2], report.Front.Checking.Rows.Select(r => r.Count));
        Assert.Equal("Read on 22 Nov 2026", report.Front.Checking.Rows[0].When);
        Assert.Equal("1 control was checked against the live systems on 22 Nov 2026.", report.Front.Checking.Summary[0]);
        Assert.Equal(["Live check", "Settings"], report.Met.Select(m => m.Basis));
    }

    [Fact]
    public void Build_ChangeApprovedOnGitHubByTheHeadteacher_IsApproved()
    {
        var change = Change("Mrs H. Ashcombe <head@oakfield-primary.example>");
        var report = ReportModelBuilder.Build(Inputs(changes: [change]) with { Approvals = Checked(change, Approval(Head, "Mrs H. Ashcombe", SchoolRole.Headteacher)) });
        var entry = report.Changes.Entries.Single();

        Assert.True(entry.IsApproved);
        Assert.Equal("Approved on GitHub by the headteacher (Mrs H. Ashcombe) on 2 Nov 2026.", entry.Approval);
        Assert.Equal("2 Nov 2026", entry.Date);
    }

    [Fact]
    public void Build_ApproverIsNamedAsOnTheDayTheyApproved_NotAsTheRoleIsHeldToday()
    {
        var change = Change("Anything");
        var report = ReportModelBuilder.Build(Inputs(changes: [change]) with { Approvals = Checked(change, Approval("oakfield-example-formerhead", "Mr T. Former", SchoolRole.Headteacher)) });

        Assert.Equal("Approved on GitHub by the headteacher (Mr T. Former) on 2 Nov 2026.", report.Changes.Entries.Single().Approval);
    }

    [Fact]
    public void Build_ChangeApprovedByItsAuthor_IsNotApproved()
    {
        var change = Change("Mrs H. Ashcombe");
        var report = ReportModelBuilder.Build(Inputs(changes: [change]) with { Approvals = Checked(change, Approval(Head, "Mrs H. Ashcombe", SchoolRole.Headteacher), author: Head) });
        var entry = report.Changes.Entries.Single();

        Assert.False(entry.IsApproved);
        Assert.Contains("who made or asked for the change", entry.Approval, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ATypedApprovedByLine_IsClaimedNotVerified_AndNeverRepeatsTheName()
    {
        var change = Change("Jamie Smith");
        var report = ReportModelBuilder.Build(Inputs(changes: [change]) with { Approvals = Checked(change, null) });
        var entry = report.Changes.Entries.Single();

        Assert.False(entry.IsApproved);
        Assert.Equal("Not approved on GitHub. Its message names an approver: claimed, not verified.", entry.Approval);
        Assert.DoesNotContain("Jamie", entry.Approval, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ApprovalsNotChecked_SaysSo_AndCountsNothingAsApproved()
    {
        var report = ReportModelBuilder.Build(Inputs(changes: [Change("Mrs H. Ashcombe")]) with
        {
            Approvals = new ApprovalEvidence(false, "no GitHub token was given", new LocalDate(2026, 9, 1), Today, []),
        });

        Assert.False(report.Changes.Entries.Single().IsApproved);
        Assert.Equal("Approval not checked on GitHub. Its message names an approver: claimed, not verified.", report.Changes.Entries.Single().Approval);
        Assert.Contains("Approvals on GitHub were not checked (no GitHub token was given)", report.Changes.Summary, StringComparison.Ordinal);
        Assert.Contains(report.Front.Actions, a => a.Problem.StartsWith("Who approved it was not checked on GitHub", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_RecordOnlyChanges_AreCountedInOneLine_AndTheChangesThatMatterStayListed()
    {
        var settings = Change("Mrs H. Ashcombe");
        ImmutableArray<CommittedChange> records = [RecordsOnly('b', 5), RecordsOnly('c', 9)];
        var report = ReportModelBuilder.Build(Inputs(changes: [settings, .. records]) with
        {
            Approvals = new ApprovalEvidence(false, "no GitHub token was given", new LocalDate(2026, 9, 1), Today, []),
        });

        Assert.Equal("2 Nov 2026", Assert.Single(report.Changes.Entries).Date);
        Assert.StartsWith("3 changes were made since", report.Changes.Summary, StringComparison.Ordinal);
        Assert.Equal("2 further changes (from 5 Nov 2026 to 9 Nov 2026) only updated the school's records or scripts, or details of the settings this report does not list one by one. Their approvals were not checked on GitHub.",
            report.Changes.Minor);
        // Unread approvals leave all three unchecked, the counted ones too.
        Assert.Contains(report.Front.Actions, a => a.What == "3 changes this term" && a.Problem == "Who approved them was not checked on GitHub (made on 2 Nov 2026, 5 Nov 2026 and 9 Nov 2026).");
    }

    [Fact]
    public void Build_ARecordOnlyChangeWithoutApproval_StaysListed_WhileAnApprovedOneIsCounted()
    {
        var approved = RecordsOnly('b', 5);
        var unapproved = RecordsOnly('c', 9);
        var report = ReportModelBuilder.Build(Inputs(changes: [approved, unapproved]) with
        {
            Approvals = new ApprovalEvidence(true, null, new LocalDate(2026, 9, 1), Today,
            [
                new ChangeApproval(approved.Commit, 12, [Approval(Head, "Mrs H. Ashcombe", SchoolRole.Headteacher)], ["example-it-technician"], null, []),
                new ChangeApproval(unapproved.Commit, 13, [], ["example-it-technician"], null, []),
            ]),
        });

        var listed = Assert.Single(report.Changes.Entries);
        Assert.Equal(("9 Nov 2026", false), (listed.Date, listed.IsApproved));
        Assert.Equal("1 further change (on 5 Nov 2026) only updated the school's records or scripts, or details of the settings this report does not list one by one. It was approved on GitHub by a named approver.",
            report.Changes.Minor);
    }

    [Fact]
    public void Build_NoHistory_SaysSoInsteadOfClaimingNothingChanged()
    {
        var report = ReportModelBuilder.Build(Inputs() with { HistoryAvailable = false });

        Assert.Equal("The change history could not be read, so this term's changes are not listed.", report.Changes.Summary);
    }

    [Fact]
    public void Build_MissingRole_IsShownAsNotNamed()
    {
        var report = ReportModelBuilder.Build(Inputs(config: Config with { Roles = Config.Roles with { Dpo = null } }));

        var line = report.Roles.Lines.Single(l => l.Role == "Data protection officer");
        Assert.True(line.IsMissing);
        Assert.Equal("1 role has nobody named: data protection officer.", report.Roles.Summary);
    }

    [Fact]
    public void Build_SameInputs_GiveEqualModels()
    {
        var first = ReportModelBuilder.Build(Inputs());
        var second = ReportModelBuilder.Build(Inputs());

        var renderer = ExampleReports.Renderer();
        Assert.Equal(renderer.Render("governors.html", first), renderer.Render("governors.html", second));
    }

    private const string Head = "oakfield-example-head";

    private static Approver Approval(string login, string name, SchoolRole role) =>
        new(login, Instant.FromUtc(2026, 11, 2, 15, 0), 12, name, [role]);

    private static ApprovalEvidence Checked(CommittedChange change, Approver? approver, string author = "example-it-technician") =>
        new(true, null, new LocalDate(2026, 9, 1), Today,
            [new ChangeApproval(change.Commit, 12, approver is null ? [] : [approver], [author], null, change.Commit.TrailerValues("Approved-by"))]);

    /// <summary>A change to the school's records only, on <paramref name="day"/> November 2026, with no typed approver.</summary>
    private static CommittedChange RecordsOnly(char sha, int day)
    {
        var when = new OffsetDateTime(new LocalDateTime(2026, 11, day, 9, 0), Offset.Zero);
        var commit = new GitChange(new string(sha, 40), new string(sha, 7), "Sam Technician", "it@oakfield.example", when, when, "Records", []);
        return new CommittedChange(commit, new LocalDate(2026, 11, day), SettingsChanged: false, SettingsReadable: true, []);
    }

    private static CommittedChange Change(string approvedBy, string author = "Sam Technician", ImmutableArray<ConfigChange>? changes = null)
    {
        var when = new OffsetDateTime(new LocalDateTime(2026, 11, 2, 16, 30), Offset.Zero);
        var commit = new GitChange(new string('a', 40), "aaaaaaa", author, "it@oakfield.example", when, when, "Change",
            [new GitTrailer("Approved-by", approvedBy)]);
        return new CommittedChange(commit, new LocalDate(2026, 11, 2), SettingsChanged: true, SettingsReadable: true,
            changes ?? [new ConfigChange(ChangeArea.Filtering, "Allows youtube.com for Year 6 pupils until 19 Dec 2026.", ["FIL-10"], [RiskFlag.ExceptionAdded])]);
    }
}
