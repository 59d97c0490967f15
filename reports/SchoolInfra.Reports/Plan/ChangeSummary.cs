using System.Collections.Immutable;

namespace SchoolInfra.Reports.Plan;

/// <summary>
/// The headteacher's change summary for one pull request: what changes in the school's settings between two
/// revisions, which controls it touches, what it weakens and who must approve. Every value is ready to print.
/// </summary>
/// <param name="SchoolName">The school, as governors know it.</param>
/// <param name="StackName">The stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="StackFile">The settings file, relative to the repository.</param>
/// <param name="FromRevision">The revision compared from, as given (e.g. <c>main</c>).</param>
/// <param name="FromCommit">Its short commit id.</param>
/// <param name="ToRevision">The revision compared to, as given (e.g. <c>HEAD</c>).</param>
/// <param name="ToCommit">Its short commit id.</param>
/// <param name="Outcome">changes, no-changes, unlisted-changes, new-school, removed, unreadable-before or invalid.</param>
/// <param name="Headline">One or two sentences saying what the pull request does and who must approve it.</param>
/// <param name="Sections">The changes, by part of the settings.</param>
/// <param name="Risks">Each risk flag raised, with the changes that raise it.</param>
/// <param name="Controls">The controls the changes touch, sorted by id.</param>
/// <param name="Approval">Who must approve, and how the approval is recorded.</param>
/// <param name="Problems">What stops the summary being complete (e.g. errors in the new settings).</param>
public sealed record ChangeSummary(
    string SchoolName,
    string StackName,
    string StackFile,
    string FromRevision,
    string FromCommit,
    string ToRevision,
    string ToCommit,
    string Outcome,
    string Headline,
    ImmutableArray<ChangeSection> Sections,
    ImmutableArray<RiskLine> Risks,
    ImmutableArray<ControlTouched> Controls,
    ApprovalNeeded Approval,
    ImmutableArray<string> Problems);
