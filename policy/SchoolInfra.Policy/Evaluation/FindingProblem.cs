using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// One thing wrong with a control, separable from the others so that a waiver covers only the problem it names
/// (CHG-05) and reports list each problem on its own line.
/// </summary>
/// <param name="Key">Stable within its control, e.g. <c>classLogons</c>: what a waiver names under <c>problem</c>.</param>
/// <param name="Status">Not met, partial or no evidence.</param>
/// <param name="Message">What is wrong, in one plain sentence.</param>
/// <param name="At">The place a fix would change.</param>
/// <param name="Action">What to do, for the IT provider or the role that acts.</param>
/// <param name="ActionBy">Who acts.</param>
public sealed record FindingProblem(string Key, FindingStatus Status, string Message, SourceSpan At, string Action, SchoolRole ActionBy)
{
    /// <summary>The waiver that covers this problem, when it is one of <see cref="Finding.WaivedProblems"/>.</summary>
    public Waiver? WaivedBy { get; init; }

    /// <summary>
    /// The drift items (changes found on the live systems) this problem comes from; empty for problems found in the
    /// settings or records. One drift item can break several controls: reports name it once and point to it.
    /// </summary>
    public ImmutableArray<DriftItem> Drift { get; init; } = [];
}
