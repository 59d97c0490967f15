using System.Collections.Immutable;
using SchoolInfra.Core.Validation;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Reports.Plan;

/// <summary>What a change summary is made from: both versions of one stack file, read and validated, and the policy's
/// verdict on each.</summary>
/// <param name="StackName">The stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="StackFile">The settings file, relative to the repository.</param>
/// <param name="FromRevision">The revision compared from, as given.</param>
/// <param name="FromCommit">Its short commit id.</param>
/// <param name="ToRevision">The revision compared to, as given.</param>
/// <param name="ToCommit">Its short commit id.</param>
/// <param name="Before">The old settings (typed only: their own problems are not this change's); null when the file did not exist.</param>
/// <param name="After">The new settings, fully validated; null when the file no longer exists.</param>
/// <param name="Catalogue">The control catalogue, for control titles and severities; empty when it is not available.</param>
/// <param name="FileChanged">Whether the file's text differs at all, so edits the summary cannot list are not
/// reported as "no change".</param>
/// <param name="BeforeCheck">The policy on the old settings with their records (as <c>validate</c> would have judged
/// them with today's rules); null when not evaluated.</param>
/// <param name="AfterCheck">The policy on the new settings with their records; null when not evaluated.</param>
public sealed record ChangeSummaryInputs(
    string StackName,
    string StackFile,
    string FromRevision,
    string FromCommit,
    string ToRevision,
    string ToCommit,
    ValidatedConfig? Before,
    ValidatedConfig? After,
    ImmutableArray<Control> Catalogue,
    bool FileChanged = true,
    ComplianceResult? BeforeCheck = null,
    ComplianceResult? AfterCheck = null);
