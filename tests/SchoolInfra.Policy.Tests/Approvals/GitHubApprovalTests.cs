using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.History;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.ChangeControl;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Approvals;

/// <summary>
/// Who approved a merged change, read through Octokit from a fake GitHub API on loopback (Kestrel), mapped to the
/// school's roles by the GitHub user names in the stack file as it was before the change; CHG-01 and CHG-02 judge it.
/// </summary>
public sealed class GitHubApprovalTests : IAsyncLifetime, IDisposable
{
    private const string StackFile = "schools/Pulumi.oakfield-primary.yaml";
    private const string Head = "oakfield-example-head";
    private const string Deputy = "oakfield-example-deputy";
    private const string Technician = "example-it-technician";
    private const string NewHead = "oakfield-example-newhead";

    // The school was set up on 1 September, before the period: its first commit is not a change to approve.
    private static readonly LocalDate Since = new(2025, 9, 2);
    private static readonly LocalDate Until = new(2025, 9, 30);

    private readonly TemporaryGitRepository _git = new();
    private FakeGitHub _github = null!;

    public async Task InitializeAsync()
    {
        _github = await FakeGitHub.StartAsync();
        _git.Commit("Set up the school", TemporaryGitRepository.Day(1), (StackFile, ExampleSchool.Text));
    }

    public async Task DisposeAsync() => await _github.DisposeAsync();

    public void Dispose() => _git.Dispose();

    [Fact]
    public void TheExampleSchool_DeclaresItsApproversGitHubUserNames()
    {
        Assert.Equal(Head, Oakfield.Config.Roles.Headteacher.Github);
        Assert.Equal(Deputy, Oakfield.Config.Roles.SecondResponsiblePerson?.Github);
    }

    [Fact]
    public async Task AnApprovedPullRequest_Counts_ForTheRoleItsApproverHeld()
    {
        var change = Change(2, "Keep daily backups a day longer");
        _github.Merged(12, Technician, change, change, At(2, 15)).Review(Head, At(2, 14));

        var evidence = await ReadAsync();

        Assert.True(evidence.Checked);
        var approver = Assert.Single(Assert.Single(evidence.Changes).Approvers);
        Assert.Equal((Head, "Mrs H. Ashcombe", 12), (approver.Login, approver.Name, approver.PullRequest));
        Assert.Contains(SchoolRole.Headteacher, approver.Roles);
        Assert.Equal(EvidenceOrigin.ApprovedOnGitHub, approver.Source.Origin);
        Assert.True(approver.Source.IsChecked);
        var verdict = Approvers.Judge(evidence.Changes[0], Oakfield.Config, evidence.Checked);
        Assert.Equal((ApprovalOutcome.Approved, SchoolRole.Headteacher), (verdict.Outcome, verdict.Role));
        FindingAssert.Is(FindingStatus.Met, Evaluate(new ApprovedChangesRule(), evidence));
        FindingAssert.Is(FindingStatus.Met, Evaluate(new NoSelfApprovalRule(), evidence));
        Assert.All(_github.Requests, r => Assert.Equal("token test-token", r.Authorization, ignoreCase: true));
    }

    [Fact]
    public async Task ATypedApprovedByLine_WithoutAReview_DoesNotCount()
    {
        var change = Change(3, "Keep daily backups a day longer\n\nApproved-by: Mrs H. Ashcombe <headteacher@oakfield-primary.example>");
        _github.Merged(13, Technician, change, change, At(3, 15));

        var evidence = await ReadAsync();

        var record = Assert.Single(evidence.Changes);
        Assert.Empty(record.Approvers);
        Assert.Equal(["Mrs H. Ashcombe <headteacher@oakfield-primary.example>"], record.Claimed.AsEnumerable());
        Assert.Equal(ApprovalOutcome.NoApproval, Approvers.Judge(record, Oakfield.Config, evidence.Checked).Outcome);
        var finding = Evaluate(new ApprovedChangesRule(), evidence);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("claimed, not verified", finding.Summary + string.Join(" ", finding.Evidence), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApprovalBySomeoneWhoIsNotAnApprover_DoesNotCount()
    {
        var change = Change(4, "Keep daily backups a day longer");
        _github.Merged(14, Technician, change, change, At(4, 15)).Review("example-office-manager", At(4, 14));

        var evidence = await ReadAsync();

        var approver = Assert.Single(evidence.Changes[0].Approvers);
        Assert.Empty(approver.Roles);
        Assert.Equal(ApprovalOutcome.NotAnApprover, Approvers.Judge(evidence.Changes[0], Oakfield.Config, evidence.Checked).Outcome);
        FindingAssert.Is(FindingStatus.NotMet, Evaluate(new ApprovedChangesRule(), evidence));
    }

    [Fact]
    public async Task ARoleReassignedAfterTheApproval_LeavesTheRecordedApproverUnchanged()
    {
        var change = Change(5, "Keep daily backups a day longer");
        _github.Merged(15, Technician, change, change, At(5, 15)).Review(Head, At(5, 14));
        // Later the headteacher leaves: a new headteacher, with a new GitHub account, takes the role.
        var reassigned = ExampleSchool.Edit(Text(5), "      name: Mrs H. Ashcombe\n      title: Headteacher\n      github: oakfield-example-head\n",
            "      name: Mr N. Castell\n      title: Headteacher\n      github: oakfield-example-newhead\n");
        var handover = _git.Commit("New headteacher", TemporaryGitRepository.Day(20), (StackFile, reassigned)).Sha;
        _github.Merged(16, Technician, handover, handover, At(20, 15)).Review(Deputy, At(20, 14));

        var evidence = await ReadAsync();

        var first = Assert.Single(evidence.For(change)!.Approvers);
        Assert.Equal((Head, "Mrs H. Ashcombe"), (first.Login, first.Name));
        Assert.Equal([SchoolRole.Headteacher], first.Roles.AsEnumerable());
        Assert.DoesNotContain(evidence.Changes.SelectMany(c => c.Approvers), a => a.Login == NewHead);
        Assert.All(evidence.Changes, c => Assert.Equal(ApprovalOutcome.Approved, Approvers.Judge(c, Oakfield.Config, evidence.Checked).Outcome));
    }

    [Fact]
    public async Task AnApproverWhoWroteTheChange_IsASelfApproval()
    {
        var change = Change(6, "Keep daily backups a day longer");
        var pull = _github.Merged(17, Technician, change, change, At(6, 15)).Review(Deputy, At(6, 14));
        pull.Commits.Add(new FakeGitHub.Commit(change, Deputy));

        var evidence = await ReadAsync();

        Assert.Equal(ApprovalOutcome.OwnChange, Approvers.Judge(evidence.Changes[0], Oakfield.Config, evidence.Checked).Outcome);
        FindingAssert.Is(FindingStatus.Met, Evaluate(new ApprovedChangesRule(), evidence));
        var finding = Evaluate(new NoSelfApprovalRule(), evidence);
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("Mr D. Fenwick", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApprovalOfAnEarlierPush_DoesNotCount()
    {
        var change = Change(7, "Keep daily backups a day longer");
        _github.Merged(18, Technician, change, change, At(7, 15)).Review(Head, At(7, 10), commitId: "1111111111111111111111111111111111111111");

        var evidence = await ReadAsync();

        Assert.Empty(evidence.Changes[0].Approvers);
    }

    [Fact]
    public async Task WithoutAToken_ApprovalsAreNotChecked_AndNothingCountsAsApproved()
    {
        Change(8, "Keep daily backups a day longer\n\nApproved-by: Mrs H. Ashcombe");

        var evidence = await ApprovalReader.ReadAsync(new GitChangeLog(_git.WorkingFolder), null, "oakfield-primary", StackFile, "schools/oakfield-primary", Since, Until);

        Assert.False(evidence.Checked);
        Assert.Equal("no GitHub token was given", evidence.NotCheckedBecause);
        Assert.Empty(_github.Requests);
        var finding = Evaluate(new ApprovedChangesRule(), evidence);
        FindingAssert.Is(FindingStatus.NoEvidence, finding);
        Assert.Contains("Approvals on GitHub were not checked (no GitHub token was given)", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedToken_IsNotChecked_NeverApproved()
    {
        var change = Change(9, "Keep daily backups a day longer");
        _github.Merged(19, Technician, change, change, At(9, 15)).Review(Head, At(9, 14));
        _github.FailWith = 401;

        var evidence = await ReadAsync();

        Assert.False(evidence.Checked);
        Assert.Contains("HTTP 401", evidence.NotCheckedBecause, StringComparison.Ordinal);
        FindingAssert.Is(FindingStatus.NoEvidence, Evaluate(new ApprovedChangesRule(), evidence));
    }

    private static DateTimeOffset At(int day, int hour) => TemporaryGitRepository.Day(day, hour);

    private static string Text(int day) => ExampleSchool.Edit(ExampleSchool.Text, "keepDailyDays: 30", $"keepDailyDays: {30 + day}");

    private static Finding Evaluate(SchoolInfra.Policy.Rules.IRule rule, ApprovalEvidence evidence)
    {
        var context = new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, Oakfield.Today) { Catalogue = Oakfield.Catalogue, Approvals = evidence };
        return rule.Evaluate(Oakfield.Control(rule.Id.ToUpperInvariant()), context);
    }

    private string Change(int day, string message) =>
        _git.Commit(message, TemporaryGitRepository.Day(day), (StackFile, Text(day))).Sha;

    private Task<ApprovalEvidence> ReadAsync() => ApprovalReader.ReadAsync(new GitChangeLog(_git.WorkingFolder),
        GitHubPullRequestSource.Connect("test-token", FakeGitHub.Repository, _github.Address), "oakfield-primary", StackFile, "schools/oakfield-primary", Since, Until);
}
