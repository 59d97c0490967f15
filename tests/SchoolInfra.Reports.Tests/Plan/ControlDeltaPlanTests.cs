using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Reports.Inputs;
using SchoolInfra.Reports.Plan;

namespace SchoolInfra.Reports.Tests.Plan;

/// <summary>
/// <c>plan</c> on realistic pull requests (issue 11): the policy is judged on both versions, the summary leads with what
/// changes for the controls, and who must approve comes from the policy's own approver rules.
/// </summary>
public sealed class ControlDeltaPlanTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    [Fact]
    public void WaiverExtendedWithItsApproverSwitchedToTheHeadteacher_MakesChg05NotMet_AndNeedsTheChair()
    {
        var summary = Plan(text => ExampleSchool.Edit(text, """
                - control: MON-01
                  problem: classLogons
                  reason: Activity on the Reception and KS1 class log-ons is traced to the class and the supervising adult, not to one pupil, until individual log-ons replace them.
                  approvedBy: chairOfGovernors
                  approvedOn: 2026-09-07
                  expiresOn: 2026-12-16
            """, """
                - control: MON-01
                  problem: classLogons
                  reason: Activity on the Reception and KS1 class log-ons is traced to the class and the supervising adult, not to one pupil, until individual log-ons replace them.
                  approvedBy: headteacher
                  approvedOn: 2026-11-20
                  expiresOn: 2027-02-26
            """));

        Assert.Equal("changes", summary.Outcome);
        Assert.StartsWith("This change makes ", summary.ControlEffect, StringComparison.Ordinal);
        Assert.Contains("CHG-05 goes from met to not met.", summary.ControlEffect, StringComparison.Ordinal);
        var chg05 = Delta(summary, "CHG-05");
        Assert.Equal(("met", "not met", "worse"), (chg05.Before, chg05.After, chg05.Direction));
        Assert.Equal("CHG-05 goes from met to not met.", chg05.Sentence);
        Assert.Contains("high-severity control needs the chair of governors", chg05.Why, StringComparison.Ordinal);
        Assert.Equal(("waived", "worse"), (Delta(summary, "MON-01").Before, Delta(summary, "MON-01").Direction));
        Assert.Equal(["headteacher"], summary.Approval.Roles.AsEnumerable());
        Assert.Contains("the chair of governors (Dr P. Okonedo) must approve it", Assert.Single(summary.Approval.AlsoNeeded), StringComparison.Ordinal);
        var line = Assert.Single(summary.Sections.Single(s => s.Title == "Waivers").Changes).Text;
        Assert.Contains("approved by the headteacher (was the chair of governors)", line, StringComparison.Ordinal);
        Assert.Contains("Reason: \"Activity on the Reception and KS1 class log-ons", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ASiteUnblockedAndApprovedByTheHeadteacherWhoAskedForIt_MakesFil10NotMet_AndNeedsTheOtherApprover()
    {
        var summary = Plan(SelfApprovedUnblock);

        var fil10 = Delta(summary, "FIL-10");
        Assert.Equal("FIL-10 goes from met to not met.", fil10.Sentence);
        Assert.Contains("requested and approved by the same role", fil10.Why, StringComparison.Ordinal);
        Assert.StartsWith("This change makes 1 control worse: FIL-10 goes from met to not met.", summary.ControlEffect, StringComparison.Ordinal);
        Assert.Equal(["secondResponsiblePerson"], summary.Approval.Roles.AsEnumerable());
        Assert.Equal("the second responsible person (Mr D. Fenwick)", summary.Approval.Approvers);
        Assert.Contains("The headteacher asked for the exception for vimeo.com, and nobody approves their own request.", summary.Approval.Reason, StringComparison.Ordinal);
        Assert.Contains(summary.Sections.SelectMany(s => s.Changes), c => c.Text.Contains("Reason: \"Year 6 film-making unit watches two short films", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommentOnlyEdit_IsSaidToHaveNoEffect()
    {
        var summary = Plan(text => ExampleSchool.Edit(text, "  schoolinfra:waivers:\n", "  # Reviewed by the governors' resources committee.\n  schoolinfra:waivers:\n"));

        Assert.Equal("no-effect", summary.Outcome);
        Assert.Empty(summary.ControlDeltas);
        Assert.Equal("This change does not change the result of any control.", summary.ControlEffect);
        Assert.Contains("changes nothing that is deployed or checked", summary.Headline, StringComparison.Ordinal);
        Assert.Empty(summary.Problems);
        Assert.Equal(["headteacher", "secondResponsiblePerson"], summary.Approval.Roles.AsEnumerable());
        Assert.DoesNotContain("read the changes in the file", summary.Headline + string.Join(" ", summary.Problems), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void InvalidNewSettings_ListTheirErrors()
    {
        var summary = Plan(text => ExampleSchool.Edit(text, "keepDailyDays: 30", "keepDailyDays: 3"));

        Assert.Equal("invalid", summary.Outcome);
        var problem = Assert.Single(summary.Problems);
        Assert.StartsWith("schools/Pulumi.oakfield-primary.yaml, line ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("@", problem, StringComparison.Ordinal);
        Assert.Contains("To fix:", problem, StringComparison.Ordinal);
        Assert.Equal("Nothing can be said about the controls until the errors in the new settings are fixed.", summary.ControlEffect);
        Assert.Equal(["headteacher"], summary.Approval.Roles.AsEnumerable());
        Assert.Equal("Do not approve until the errors are fixed.", summary.Approval.Reason);
    }

    [Fact]
    public void TheMarkdown_LeadsWithTheControls_AndHasNoGitJargon()
    {
        var summary = Plan(SelfApprovedUnblock);
        var markdown = ExampleReports.Renderer().Render("pr-summary.md", summary);

        var lines = markdown.Split('\n');
        Assert.Single(summary.ControlDeltas);
        Assert.Equal("**This change makes 1 control worse: FIL-10 goes from met to not met.**", lines[2]);
        Assert.Contains("| FIL-10: Unblocking a site needs a reason, an approver and an end date | met | **not met** |", markdown, StringComparison.Ordinal);
        foreach (var jargon in new[] { "HEAD", "commit", "merge", "trailer", "Approved-by", summary.FromCommit, summary.ToCommit })
        {
            Assert.DoesNotContain(jargon, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheGovernorsLibraryNoLongerCountedAsPersonalData_WithoutAReason_MakesIam01NotMet_AndOnlyTheHeadteacherMayApprove()
    {
        var summary = Plan(text => ExampleSchool.Edit(text,
            "        name: Governors' document library\n        kind: site\n        personalData: true\n",
            "        name: Governors' document library\n        kind: site\n"));

        Assert.Equal("changes", summary.Outcome);
        // The governors still sign in with MFA as adults, so MFA-01 holds; but an area taken out of personal data must
        // say why (noPersonalDataBecause), so IAM-01 goes from met to not met, and the summary says so first.
        var iam = Assert.Single(summary.ControlDeltas);
        Assert.Equal(("IAM-01", "met", "not met", "worse"), (iam.Id, iam.Before, iam.After, iam.Direction));
        Assert.Contains("IAM-01 goes from met to not met.", summary.ControlEffect, StringComparison.Ordinal);
        var line = Assert.Single(summary.Sections.SelectMany(s => s.Changes));
        Assert.StartsWith("Counts \"Governors' document library\" as no longer holding personal data", line.Text, StringComparison.Ordinal);
        Assert.Equal(["Personal data reclassified"], line.Risks.AsEnumerable());
        Assert.Contains("MFA-01", line.Controls);
        Assert.Equal(["headteacher"], summary.Approval.Roles.AsEnumerable());
        Assert.True(summary.Approval.HeadteacherOnly);
        Assert.Contains("personal data reclassified", summary.Approval.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OfficeStaffReTypedAsServiceAccounts_StayInMfa_MakeIam01NotMet_AndOnlyTheHeadteacherMayApprove()
    {
        var summary = Plan(text => ExampleSchool.Edit(text, "        displayName: Office staff\n        kind: office\n", "        displayName: Office staff\n        kind: service\n"));

        Assert.Equal("changes", summary.Outcome);
        // Without serviceReason and interactiveSignIn: false the group still holds people: the sign-in rule keeps
        // asking them for MFA (MFA-01 unchanged), and IAM-01 is not met until the group is declared properly.
        Assert.DoesNotContain(summary.ControlDeltas, d => d.Id == "MFA-01");
        var iam = Delta(summary, "IAM-01");
        Assert.Equal(("met", "not met", "worse", "medium"), (iam.Before, iam.After, iam.Direction, iam.Severity));
        Assert.Equal("IAM-01 goes from met to not met.", iam.Sentence);
        Assert.Contains("declared as service accounts but gives no reason", iam.Why, StringComparison.Ordinal);
        Assert.StartsWith("This change makes ", summary.ControlEffect, StringComparison.Ordinal);
        var lines = summary.Sections.SelectMany(s => s.Changes).ToList();
        Assert.Contains(lines, l => l.Text == "Changes \"Office staff\" from office staff to service accounts.");
        Assert.Contains(lines, l => l.Text.StartsWith("Declares \"Office staff\" as service accounts, but without a reason", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Contains("no longer be asked for MFA", StringComparison.Ordinal));
        Assert.Equal(["headteacher"], summary.Approval.Roles.AsEnumerable());
        Assert.Equal("the headteacher (Mrs H. Ashcombe)", summary.Approval.Approvers);
        Assert.StartsWith("It weakens a protection (", summary.Approval.Reason, StringComparison.Ordinal);
        Assert.Contains("IAM-01", summary.Approval.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OfficeStaffReTypedAsRealServiceAccounts_LeaveMfa_AndStillReachingTheMis_MakeIam07NotMet()
    {
        var summary = Plan(text => ExampleSchool.Edit(text, "        displayName: Office staff\n        kind: office\n",
            "        displayName: Office staff\n        kind: service\n        serviceReason: Runs the office printers\n        interactiveSignIn: false\n"));

        // Declared properly, the group leaves the MFA rule (service accounts cannot answer MFA), which the summary
        // flags; but a service account that still reaches pupil records breaks least privilege (IAM-07).
        var iam = Delta(summary, "IAM-07");
        Assert.Equal(("met", "not met", "worse"), (iam.Before, iam.After, iam.Direction));
        Assert.Contains("no reason is written down", iam.Why, StringComparison.Ordinal);
        var lines = summary.Sections.SelectMany(s => s.Changes).ToList();
        Assert.Contains(lines, l => l.Text.StartsWith("Members of \"Office staff\" will no longer be asked for MFA", StringComparison.Ordinal) && l.Risks.Contains("MFA weakened"));
        Assert.Equal(["headteacher"], summary.Approval.Roles.AsEnumerable());
    }

    /// <summary>The headteacher asks for vimeo.com for Year 6 and approves it herself.</summary>
    private static string SelfApprovedUnblock(string text) => ExampleSchool.Edit(text, "    exceptions:\n", """
                exceptions:
                  - domain: vimeo.com
                    groups: [year6Pupils]
                    reason: Year 6 film-making unit watches two short films chosen by the headteacher.
                    requestedBy: Headteacher
                    approvedBy: headteacher
                    approvedOn: 2026-11-20
                    expiresOn: 2026-12-18

            """);

    /// <summary>Commits <paramref name="edit"/> of today's example file on top of the history and plans that commit.</summary>
    private ChangeSummary Plan(Func<string, string> edit)
    {
        var text = edit(File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml")).ReplaceLineEndings("\n"));
        _history.Git.Commit("A change", ExampleHistory.RecordsAt.AddDays(1), (ExampleHistory.StackFile, text));
        var catalogue = ReportInputsLoader.LoadCatalogueFiles(RepoPaths.Root, new DiagnosticBag());
        return ChangeSummaryBuilder.Build(ExampleReports.History(_history).SummaryInputs("HEAD~1", "HEAD", catalogue));
    }

    private static ControlDelta Delta(ChangeSummary summary, string id) => summary.ControlDeltas.Single(d => d.Id == id);
}
