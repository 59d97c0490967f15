using SchoolInfra.Evidence.History;
using SchoolInfra.Reports.Inputs;
using SchoolInfra.Reports.Plan;

namespace SchoolInfra.Reports.Tests.Plan;

/// <summary>
/// The change summary from a real git repository (LibGit2Sharp, no git command): two commits to the example school's
/// file give the expected plain-English lines, risk flags and approver.
/// </summary>
public sealed class ChangeSummaryFromGitTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    private ChangeSummary Summary(string from, string to) =>
        ChangeSummaryBuilder.Build(ExampleReports.History(_history).SummaryInputs(from, to, ReportInputsLoader.LoadCatalogueFiles(RepoPaths.Root, new SchoolInfra.Core.Diagnostics.DiagnosticBag())));

    [Fact]
    public void Plan_TwoCommits_ListsEachChangeInPlainEnglish()
    {
        var summary = Summary(_history.SetUp.Sha, _history.Approved.Sha);

        var lines = summary.Sections.SelectMany(s => s.Changes).Select(c => c.Text).ToList();
        Assert.Equal(
        [
            "Adds the administrator account adm-technician2@oakfield-primary.example to \"IT administrators\".",
            "Unblocks games for Years 3 and 4 pupils, Year 5 pupils and Year 6 pupils (profile \"Key stage 2\").",
            "Allows youtube.com for Year 6 pupils until 19 Dec 2026, requested by the Year 6 teacher. Reason: \"Year 6 film-making unit uses selected YouTube tutorials in class\". Approved by the headteacher on 2 Nov 2026.",
            "Cuts how long daily backups are kept from 35 to 30 days.",
        ], lines);
        Assert.Equal(["Accounts, groups and sign-in", "Internet filtering", "Backups"], summary.Sections.Select(s => s.Title));
        Assert.Equal("changes", summary.Outcome);
    }

    [Fact]
    public void Plan_TwoCommits_RaisesTheRiskFlagsAndNeedsTheHeadteacher()
    {
        var summary = Summary(_history.SetUp.Sha, _history.Approved.Sha);

        Assert.Equal(["Filtering loosened", "Filtering exception added or extended", "Administrator added", "Backup retention cut"], summary.Risks.Select(r => r.Flag));
        Assert.True(summary.Approval.HeadteacherOnly);
        Assert.Equal("the headteacher (Mrs H. Ashcombe)", summary.Approval.Approvers);
        Assert.Contains("IAM-04", summary.Controls.Select(c => c.Id));
        Assert.Equal("Backups run every day and are kept long enough", summary.Controls.Single(c => c.Id == "BAK-04").Title);
    }

    [Fact]
    public void Plan_OnlyAnExceptionAdded_EitherApproverMay()
    {
        var current = File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml"));
        var withoutYouTube = current.Replace("      - domain: youtube.com\n", "      - domain: youtube.example\n", StringComparison.Ordinal);
        Assert.NotEqual(current, withoutYouTube);
        _history.Git.Commit("Swap the site", ExampleHistory.RecordsAt.AddDays(1), (ExampleHistory.StackFile, withoutYouTube));

        var summary = Summary("HEAD~1", "HEAD");

        Assert.False(summary.Approval.HeadteacherOnly);
        Assert.Equal("the headteacher (Mrs H. Ashcombe) or the second responsible person (Mr D. Fenwick)", summary.Approval.Approvers);
        Assert.Equal(["Filtering exception added or extended"], summary.Risks.Select(r => r.Flag));
    }

    [Fact]
    public void Plan_RecordsOnlyCommit_DoesNotAlterTheSettings()
    {
        var summary = Summary(_history.Approved.Sha, _history.Records.Sha);

        Assert.Equal("no-changes", summary.Outcome);
        Assert.Empty(summary.Sections);
        Assert.Equal("This change does not alter the settings of Oakfield Primary School.", summary.Headline);
        Assert.Equal("This change does not change the result of any control.", summary.ControlEffect);
    }

    [Fact]
    public void Plan_NewSettingsWithErrors_SaysNotToApprove()
    {
        var broken = File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml")).Replace("keepDailyDays: 30", "keepDailyDays: thirty", StringComparison.Ordinal);
        _history.Git.Commit("Keep fewer backups", ExampleHistory.RecordsAt.AddDays(1), (ExampleHistory.StackFile, broken));

        var summary = Summary("HEAD~1", "HEAD");

        Assert.Equal("invalid", summary.Outcome);
        Assert.Equal("Do not approve until the errors are fixed.", summary.Approval.Reason);
        Assert.Contains("keepDailyDays", Assert.Single(summary.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnknownRevision_Throws()
    {
        var history = ExampleReports.History(_history);

        Assert.Throws<ArgumentException>(() => history.SummaryInputs("no-such-branch", "HEAD", Array.Empty<SchoolInfra.Policy.Catalogue.CatalogueFile>()));
    }

    [Fact]
    public void History_ThisTerm_DescribesEachCommitWithItsApprovalTrailer()
    {
        var changes = ExampleReports.History(_history).ChangesBetween(new NodaTime.LocalDate(2026, 9, 2), ExampleSchool.Today);

        Assert.Equal([_history.Approved.Sha, _history.Records.Sha], changes.Select(c => c.Commit.Sha));
        Assert.Equal(["Mrs H. Ashcombe <headteacher@oakfield-primary.example>"], changes[0].Commit.TrailerValues(TrailerKeys.ApprovedBy).AsEnumerable());
        Assert.Equal(4, changes[0].Changes.Length);
        Assert.False(changes[1].SettingsChanged);
    }
}
