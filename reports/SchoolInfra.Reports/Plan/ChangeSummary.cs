using System.Collections.Immutable;

namespace SchoolInfra.Reports.Plan;

/// <summary>
/// The headteacher's change summary for one pull request: what it does to the controls, what changes in the school's
/// settings, what it weakens and who must approve. Every value is ready to print.
/// </summary>
/// <param name="SchoolName">The school, as governors know it.</param>
/// <param name="StackName">The stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="StackFile">The settings file, relative to the repository.</param>
/// <param name="FromRevision">The revision compared from, as given (e.g. <c>main</c>); for tools, never printed.</param>
/// <param name="FromCommit">Its short commit id; for tools, never printed.</param>
/// <param name="ToRevision">The revision compared to, as given; for tools, never printed.</param>
/// <param name="ToCommit">Its short commit id; for tools, never printed.</param>
/// <param name="Outcome">changes, no-changes, no-effect, unlisted-changes, new-school, removed, unreadable-before or invalid.</param>
/// <param name="ControlEffect">The first sentence: what the change does to the controls ("This change makes 1 control worse: ...").</param>
/// <param name="Headline">One or two sentences saying what the pull request changes and who must approve it.</param>
/// <param name="ControlDeltas">Each control whose result changes, worst first.</param>
/// <param name="Sections">The changes, by part of the settings.</param>
/// <param name="Risks">Each risk flag raised, with the changes that raise it.</param>
/// <param name="Controls">The controls the changes touch, sorted by id.</param>
/// <param name="Approval">Who must approve, and how.</param>
/// <param name="Problems">What stops the change from being approved, or the summary from being complete (each error
/// in the new settings, one line each).</param>
public sealed record ChangeSummary(
    string SchoolName,
    string StackName,
    string StackFile,
    string FromRevision,
    string FromCommit,
    string ToRevision,
    string ToCommit,
    string Outcome,
    string ControlEffect,
    string Headline,
    ImmutableArray<ControlDelta> ControlDeltas,
    ImmutableArray<ChangeSection> Sections,
    ImmutableArray<RiskLine> Risks,
    ImmutableArray<ControlTouched> Controls,
    ApprovalNeeded Approval,
    ImmutableArray<string> Problems);
