using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
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

    /// <summary>The waiver that turned every problem into <see cref="FindingStatus.Waived"/>; null when any problem is still open.</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>The open problems after the first: "each on its own line, most serious first".</summary>
    public IEnumerable<FindingProblem> FurtherProblems => Problems.Skip(1);

    /// <summary>Not met or partial: something for the school to act on (exit code 2).</summary>
    public bool NeedsAction => Status is FindingStatus.NotMet or FindingStatus.Partial;
}
