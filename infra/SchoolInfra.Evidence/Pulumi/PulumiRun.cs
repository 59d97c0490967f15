using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// What a Pulumi JSON reader found, before it is mapped to drift: the operation, the steps, Pulumi's own change
/// counts and diagnostics, and when it ran when the JSON says (engine events carry timestamps; a digest does not).
/// </summary>
internal sealed record PulumiRun(
    RunKind Kind,
    ImmutableArray<StepRecord> Steps,
    ImmutableDictionary<string, int> ChangeSummary,
    bool MaybeCorrupt,
    ImmutableArray<DiagnosticRecord> Diagnostics,
    Instant? ObservedAt,
    JsonPath SummaryAt)
{
    /// <summary>The count Pulumi gives for an operation, 0 when absent.</summary>
    public int Count(string op) => ChangeSummary.GetValueOrDefault(op);
}
