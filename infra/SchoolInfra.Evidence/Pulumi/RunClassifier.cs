using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Decides which operation produced a list of steps, because neither a digest nor an event stream says so.
/// The root stack's step is always shown (pkg/backend/display/json.go <c>isRootStack</c>): a refresh lists it once
/// with op <c>refresh</c> (a component never changes on refresh); <c>preview --refresh</c> lists its refresh and then
/// the program's step; a preview without refresh has no refresh step at all.
/// </summary>
internal static class RunClassifier
{
    private static readonly ImmutableHashSet<string> RefreshResults = ImmutableHashSet.Create(StringComparer.Ordinal, "refresh", "same", "update", "delete");

    public static RunKind Classify(ImmutableArray<StepRecord> steps, bool? isPreview = null)
    {
        // One pass: a URN listed twice, or an op a refresh never writes, means the program ran too.
        var refreshed = false;
        var programSteps = false;
        var seen = new HashSet<string>(steps.Length, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            refreshed |= step.Op == "refresh" || step.IsRefreshResult;
            programSteps |= !seen.Add(step.Urn) || !RefreshResults.Contains(step.Op);
        }

        if (refreshed && !programSteps)
        {
            return RunKind.Refresh;
        }

        return isPreview == false ? RunKind.Deploy
            : refreshed ? RunKind.PreviewWithRefresh : RunKind.PreviewWithoutRefresh;
    }
}
