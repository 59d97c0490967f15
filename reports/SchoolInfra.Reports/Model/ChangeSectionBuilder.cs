using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.History;
using SchoolInfra.Policy.Rules.ChangeControl;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Changes made this term (CHG-01, CHG-02, CHG-03): each commit to the school's files with what it changed and who
/// approved it on GitHub. The commit message and author are not shown: the changes are described from the settings
/// themselves, and approvers are shown only as the school's named roles, as named on the day they approved.
/// </summary>
internal static class ChangeSectionBuilder
{
    public static ChangesSection Build(ReportInputs inputs, SchoolTerm? term)
    {
        var all = inputs.Changes.Select(change => (Change: change, Entry: Entry(change, inputs))).ToList();
        var entries = all.Select(x => x.Entry).ToImmutableArray();
        var since = term is null ? "the start of the term" : DisplayDates.Format(term.Start);
        var unapproved = entries.Count(e => !e.IsApproved);
        var checkedOnGitHub = inputs.Approvals is { Checked: true };
        var summary = !inputs.HistoryAvailable
            ? "The change history could not be read, so this term's changes are not listed."
            : entries.IsEmpty
            ? $"No changes were made to the school's settings or records since {since}."
            : !checkedOnGitHub
            ? $"{EnglishList.Count(entries.Length, "change was", "changes were")} made since {since}. Approvals on GitHub were not checked{NotCheckedBecause(inputs.Approvals)}, so none is shown as approved."
            : $"{EnglishList.Count(entries.Length, "change was", "changes were")} made since {since}. " + (unapproved == 0
                ? (entries.Length == 1 ? "It was approved on GitHub by a named approver." : "All were approved on GitHub by a named approver.")
                : $"{EnglishList.Count(unapproved, "change has", "changes have")} no approval on GitHub from a named approver.");

        // Changes that only touch records or scripts, or settings details the report does not list, carry no risk and
        // raise nothing about their approval are counted in one line, so the changes that matter stand out.
        var minor = all.Where(x => IsMinor(x.Change) && (x.Entry.IsApproved || !checkedOnGitHub)).ToList();
        return new ChangesSection(since, summary, [.. all.Except(minor).Select(x => x.Entry)], checkedOnGitHub, Minor(minor.Select(x => x.Change).ToList(), checkedOnGitHub))
        {
            AllDates = [.. entries.Select(e => e.Date).Distinct()],
            Total = entries.Length,
        };
    }

    private static bool IsMinor(CommittedChange change) =>
        change.Commit.TrailerValues(TrailerKeys.ApprovedBy).IsEmpty
        && (!change.SettingsChanged || (change.SettingsReadable && change.Changes.IsEmpty));

    /// <summary>"12 further changes (from 23 Nov 2026 to 6 Dec 2026) only updated …"; empty when there are none.</summary>
    private static string Minor(List<CommittedChange> minor, bool checkedOnGitHub)
    {
        if (minor.Count == 0)
        {
            return string.Empty;
        }

        var first = DisplayDates.Format(minor.Min(c => c.Date));
        var last = DisplayDates.Format(minor.Max(c => c.Date));
        var when = first == last ? $"on {first}" : $"from {first} to {last}";
        var one = minor.Count == 1;
        var what = $"{EnglishList.Count(minor.Count, "further change", "further changes")} ({when}) only updated the school's records or scripts, or details of the settings this report does not list one by one.";
        var approval = checkedOnGitHub
            ? (one ? "It was approved on GitHub by a named approver." : "Each was approved on GitHub by a named approver.")
            : (one ? "Its approval was not checked on GitHub." : "Their approvals were not checked on GitHub.");
        return $"{what} {approval}";
    }

    private static ChangeEntry Entry(CommittedChange change, ReportInputs inputs)
    {
        var (approval, approved) = Approval(change, inputs);
        var lines = !change.SettingsChanged ? ["Updates the school's records or scripts."]
            : !change.SettingsReadable ? ["Changes the settings, but one version could not be read, so the changes are not listed."]
            : change.Changes.IsEmpty ? ["Changes details of the settings that this report does not list one by one."]
            : change.Changes.Select(c => c.Text).ToImmutableArray();
        var risks = change.Changes.SelectMany(c => c.Risks).Distinct().Order().Select(RiskFlags.Label);
        return new ChangeEntry(DisplayDates.Format(change.Date), change.Commit.ShortSha, approval, approved, [.. lines], string.Join(", ", risks));
    }

    /// <summary>
    /// The policy's verdict on the change's approval (CHG-01, CHG-02: <see cref="Approvers.Judge"/>), in words. The
    /// approver is named as the settings named them on the day they approved; a typed "Approved-by" line is only a claim.
    /// </summary>
    private static (string Text, bool Approved) Approval(CommittedChange change, ReportInputs inputs)
    {
        var evidence = inputs.Approvals?.For(change.Commit.Sha)
            ?? new ChangeApproval(change.Commit, null, [], [], null, change.Commit.TrailerValues(TrailerKeys.ApprovedBy));
        var verdict = Approvers.Judge(evidence, inputs.Config, inputs.Approvals is { Checked: true });
        var claim = evidence.Claimed.IsEmpty ? string.Empty : " Its message names an approver: claimed, not verified.";
        return verdict switch
        {
            { Outcome: ApprovalOutcome.Approved, By: { } by, Role: { } role } =>
                ($"Approved on GitHub by {Holder(by, role)} on {DisplayDates.Format(DisplayDates.UkDate(by.At.WithOffset(NodaTime.Offset.Zero)))}.", true),
            { Outcome: ApprovalOutcome.OwnChange, By: { } by, Role: { } role } =>
                ($"Approved on GitHub only by {Holder(by, role)}, who made or asked for the change. Nobody should approve their own change.", false),
            { Outcome: ApprovalOutcome.NotAnApprover } => ("Approved on GitHub, but not by the headteacher or the second responsible person." + claim, false),
            { Outcome: ApprovalOutcome.NoApproval } => ("Not approved on GitHub." + claim, false),
            { Outcome: ApprovalOutcome.NoPullRequest } => ("Made without a pull request, so nobody approved it." + claim, false),
            _ => ($"Approval not checked on GitHub.{claim}", false),
        };
    }

    /// <summary>"the headteacher (Mrs H. Ashcombe)": the role and the name it had on the day of the approval.</summary>
    private static string Holder(Approver approver, SchoolRole role) =>
        approver.Name is { } name ? $"{RoleNames.InSentence(role)} ({name})" : RoleNames.InSentence(role);

    private static string NotCheckedBecause(ApprovalEvidence? approvals) =>
        approvals?.NotCheckedBecause is { } because ? $" ({because})" : string.Empty;
}
