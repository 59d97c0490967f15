using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// The result of checking one control: its status, the evidence lines used (plain English, no secrets or pupil
/// names), the source location a fix would change, and for anything not met what to do and who acts. The status,
/// summary, location and action are those of the most serious open problem; the others follow in
/// <see cref="Problems"/>, most serious first.
/// </summary>
public sealed record Finding(
    string ControlId,
    FindingStatus Status,
    string Summary,
    ImmutableArray<string> Evidence,
    SourceSpan Location,
    string? Action = null,
    SchoolRole? ActionBy = null)
{
    /// <summary>
    /// Evidence kinds the control names that could not be looked at in this run (observed tenant state before
    /// drift detection exists). They do not change the status; reports say they are still to be checked.
    /// </summary>
    public ImmutableArray<EvidenceKind> Unchecked { get; init; } = [];

    /// <summary>Every open problem, most serious first; the first one is the finding's summary and action.</summary>
    public ImmutableArray<FindingProblem> Problems { get; init; } = [];

    /// <summary>Problems a valid waiver covers, each with its waiver; they no longer count towards the status.</summary>
    public ImmutableArray<FindingProblem> WaivedProblems { get; init; } = [];

    /// <summary>
    /// Where the evidence came from and when: the declared settings, dated records, live observations (a drift
    /// check), approvals. Filled by the evaluator; a finding whose sources are all declared never reads as checked.
    /// </summary>
    public ImmutableArray<EvidenceSource> Sources { get; init; } = [];

    /// <summary>The evidence line saying the live part has not been checked yet, if the rule added one; the
    /// evaluator removes it when a drift check covers the live part.</summary>
    public string? LiveCheckLine { get; init; }

    /// <summary>Some of the evidence was observed on the live systems.</summary>
    public bool CheckedLive => Sources.Any(s => s.Origin == EvidenceOrigin.ObservedLive);

    /// <summary>
    /// Some evidence was observed live, but the control's live part is still not fully checked: a refresh found its
    /// declared resources as declared, while what only a tenant read shows (e.g. who is excluded) is still to check.
    /// </summary>
    public bool PartlyCheckedLive => CheckedLive && (LiveCheckLine is not null || Unchecked.Contains(EvidenceKind.Tenant));

    /// <summary>Every source is the declared settings: the result says what the school asked for, not what is live.</summary>
    public bool DeclaredOnly => Sources.All(s => s.Origin == EvidenceOrigin.Declared);

    /// <summary>The waiver that turned every problem into <see cref="FindingStatus.Waived"/>; null when any problem is still open.</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>The open problems after the first: "each on its own line, most serious first".</summary>
    public IEnumerable<FindingProblem> FurtherProblems => Problems.Skip(1);

    /// <summary>Not met or partial: something for the school to act on (exit code 2).</summary>
    public bool NeedsAction => Status is FindingStatus.NotMet or FindingStatus.Partial;
}
