using System.Collections.Immutable;
using SchoolInfra.Core.Validation;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Reports.Plan;

/// <summary>What a change summary is made from: both versions of one stack file, already read and validated.</summary>
/// <param name="StackName">The stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="StackFile">The settings file, relative to the repository.</param>
/// <param name="FromRevision">The revision compared from, as given.</param>
/// <param name="FromCommit">Its short commit id.</param>
/// <param name="ToRevision">The revision compared to, as given.</param>
/// <param name="ToCommit">Its short commit id.</param>
/// <param name="Before">The old settings; null when the file did not exist.</param>
/// <param name="After">The new settings; null when the file no longer exists.</param>
/// <param name="Catalogue">The control catalogue, for control titles; empty when it is not available.</param>
/// <param name="FileChanged">Whether the file's text differs at all, so edits the summary cannot list are not
/// reported as "no change".</param>
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
    bool FileChanged = true);
