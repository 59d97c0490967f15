using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// One step as the readers normalise it, from a digest or from engine events.
/// </summary>
/// <param name="Op">The step operation (after a refresh: its result, <c>same</c>, <c>update</c> or <c>delete</c>).</param>
/// <param name="Urn">The resource's URN.</param>
/// <param name="Type">Its type token (from the URN when the states do not say).</param>
/// <param name="Old">The state before the step, when given.</param>
/// <param name="New">The state after the step, when given.</param>
/// <param name="DiffReasons">Top-level keys that differ.</param>
/// <param name="ReplaceReasons">Keys that force a replacement.</param>
/// <param name="DetailedDiff">The provider's per-path diff; null when it gave none.</param>
/// <param name="At">Where the step is in the file.</param>
/// <param name="IsRefreshResult">The step is the result of reading the resource (refresh), not a planned change.</param>
/// <param name="Failed">Pulumi reported that the step failed (an engine-event <c>resOpFailedEvent</c>).</param>
internal sealed record StepRecord(
    string Op,
    string Urn,
    string Type,
    StateRecord? Old,
    StateRecord? New,
    ImmutableArray<string> DiffReasons,
    ImmutableArray<string> ReplaceReasons,
    ImmutableArray<DiffRecord>? DetailedDiff,
    JsonPath At,
    bool IsRefreshResult = false,
    bool Failed = false);
