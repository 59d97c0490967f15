using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Reads engine-event streams (<c>apitype.EngineEvent</c>): what <c>--event-log FILE</c> writes and what
/// <c>--json</c> prints for runs that are not previews (pulumi-contract.md C.5, C.6 items 8-9). Accepts both
/// envelopes, the CLI's (<c>sequence</c>, <c>timestamp</c>, one payload key) and Pulumi Cloud's (<c>type</c> naming
/// the payload, no <c>sequence</c>), also wrapped as the Cloud API's <c>{"events": [...]}</c>; and both layouts,
/// one object per line or pretty-printed objects back to back. Steps are built the way <c>ShowPreviewDigest</c>
/// builds a digest: a refresh's outputs event replaces its pre event with the result (same, update, delete).
/// </summary>
internal static class EngineEventReader
{
    private static readonly ImmutableHashSet<string> PayloadKinds = ImmutableHashSet.Create(StringComparer.Ordinal,
        "cancelEvent", "stdoutEvent", PulumiJson.DiagnosticEvent, PulumiJson.PreludeEvent, PulumiJson.SummaryEvent,
        PulumiJson.ResourcePreEvent, PulumiJson.ResOutputsEvent, PulumiJson.ResOpFailedEvent, "policyEvent",
        "policyRemediationEvent", "policyLoadEvent", "policyAnalyzeSummaryEvent", "policyRemediateSummaryEvent",
        "policyAnalyzeStackSummaryEvent", "startDebuggingEvent", "progressEvent", "errorEvent");

    /// <summary>Whether a top-level object looks like one engine event (either envelope) or the Cloud API's wrapper.</summary>
    public static bool IsEventStream(JsonElement first) =>
        first.TryGetProperty(PulumiJson.Sequence, out _)
        || (first.TryGetProperty(PulumiJson.Type, out var type) && type.ValueKind == JsonValueKind.String
            && PayloadKinds.Contains(type.GetString() ?? string.Empty))
        || (first.TryGetProperty(PulumiJson.Events, out var events) && events.ValueKind == JsonValueKind.Array);

    /// <summary>Reads every event; the documents are handed to the returned <see cref="PulumiDocument"/>.</summary>
    public static PulumiDocument? Read(IReadOnlyList<(JsonDocument Document, int Offset)> values, JsonShape shape)
    {
        var events = new List<(JsonElement Event, JsonPath At)>();
        foreach (var (document, offset) in values)
        {
            var root = document.RootElement;
            var at = JsonPath.Root(offset);
            if (!root.TryGetProperty(PulumiJson.Sequence, out _) && shape.Array(root, PulumiJson.Events, at) is { } wrapped)
            {
                var i = 0;
                foreach (var e in wrapped.EnumerateArray())
                {
                    events.Add((e, at.Property(PulumiJson.Events).Index(i++)));
                }
            }
            else
            {
                events.Add((root, at));
            }
        }

        var state = new StreamState();
        foreach (var (element, at) in events)
        {
            Event(shape, element, at, state);
        }

        if (state.Summary is null)
        {
            shape.Error(PulumiDiagnostics.EventsUnfinished(shape.Positions.AtEnd()));
        }

        if (shape.Failed || state.Summary is not { } summary)
        {
            return null;
        }

        var steps = state.Steps.ToImmutableArray();
        var kind = RunClassifier.Classify(steps, summary.IsPreview);
        var run = new PulumiRun(kind, steps, summary.Changes, summary.MaybeCorrupt, [.. state.Diagnostics], state.FirstTimestamp, summary.At);
        return new PulumiDocument(run, [.. values.Select(v => v.Document)]);
    }

    private static void Event(JsonShape shape, JsonElement element, JsonPath at, StreamState state)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            shape.Error(PulumiDiagnostics.WrongShape(shape.At(at), "event", "an object", JsonShape.Describe(element)));
            return;
        }

        if (shape.Number(element, PulumiJson.Timestamp, at) is { } seconds && state.FirstTimestamp is null)
        {
            state.FirstTimestamp = Instant.FromUnixTimeSeconds(seconds);
        }

        var kind = PayloadKind(shape, element, at);
        if (kind is null)
        {
            return;
        }

        var payloadAt = at.Property(kind);
        if (shape.Object(element, kind, at) is not { } payload)
        {
            shape.Error(PulumiDiagnostics.MissingField(shape.At(at), "event", kind));
            return;
        }

        switch (kind)
        {
            case PulumiJson.ResourcePreEvent:
                Pre(shape, payload, payloadAt, state);
                break;
            case PulumiJson.ResOutputsEvent:
                Outputs(shape, payload, payloadAt, state);
                break;
            case PulumiJson.ResOpFailedEvent:
                if (Metadata(shape, payload, payloadAt) is { } failed)
                {
                    state.AddOrReplace(failed with { Failed = true, IsRefreshResult = state.PendingOp(failed.Urn) == "refresh" || failed.Op == "refresh" });
                }

                break;
            case PulumiJson.DiagnosticEvent:
                var urn = shape.String(payload, PulumiJson.Urn, payloadAt);
                state.Diagnostics.Add(new DiagnosticRecord(string.IsNullOrEmpty(urn) ? null : urn,
                    ColourMarkup.Strip((shape.String(payload, PulumiJson.Prefix, payloadAt) ?? string.Empty) + (shape.String(payload, PulumiJson.Message, payloadAt) ?? string.Empty)),
                    shape.String(payload, PulumiJson.Severity, payloadAt) ?? "info", payloadAt));
                break;
            case "errorEvent":
                state.Diagnostics.Add(new DiagnosticRecord(null, ColourMarkup.Strip(shape.String(payload, "error", payloadAt) ?? string.Empty), "error", payloadAt));
                break;
            case PulumiJson.SummaryEvent:
                state.Summary = new Summary(
                    shape.Counts(payload, PulumiJson.ResourceChanges, payloadAt),
                    shape.Bool(payload, PulumiJson.MaybeCorrupt, payloadAt),
                    shape.Bool(payload, PulumiJson.IsPreview, payloadAt),
                    payloadAt);
                if (shape.String(payload, PulumiJson.Result, payloadAt) is "failed" or "canceled" && !state.Steps.Any(s => s.Failed))
                {
                    shape.Error(PulumiDiagnostics.RunFailed(shape.At(payloadAt.Property(PulumiJson.Result)),
                        state.Diagnostics.LastOrDefault(d => d.IsError)?.Message ?? "the run ended as failed or cancelled."));
                }

                break;
            default:
                // Prelude, stdout, policy, progress and debugging events say nothing about drift.
                break;
        }
    }

    /// <summary>The payload key: the Cloud envelope names it in <c>type</c>; the CLI's has exactly one known key.</summary>
    private static string? PayloadKind(JsonShape shape, JsonElement element, JsonPath at)
    {
        if (!element.TryGetProperty(PulumiJson.Sequence, out _) && shape.String(element, PulumiJson.Type, at) is { } named)
        {
            if (PayloadKinds.Contains(named))
            {
                return named;
            }

            shape.Error(PulumiDiagnostics.WrongShape(shape.At(at.Property(PulumiJson.Type)), PulumiJson.Type, "an engine event kind", $"\"{named}\""));
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (PayloadKinds.Contains(property.Name))
            {
                return property.Name;
            }
        }

        var unknown = element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n is not (PulumiJson.Sequence or PulumiJson.Timestamp));
        shape.Error(unknown is null
            ? PulumiDiagnostics.MissingField(shape.At(at), "event", "its payload")
            : PulumiDiagnostics.WrongShape(shape.At(at.Property(unknown)), unknown, "an engine event kind", "an event kind this SchoolInfra does not know"));
        return null;
    }

    private static void Pre(JsonShape shape, JsonElement payload, JsonPath at, StreamState state)
    {
        if (Metadata(shape, payload, at) is { } step)
        {
            state.Add(step);
        }
    }

    private static void Outputs(JsonShape shape, JsonElement payload, JsonPath at, StreamState state)
    {
        if (Metadata(shape, payload, at) is not { } step)
        {
            return;
        }

        // As ShowPreviewDigest: only a refresh's result replaces its step; other outputs events repeat the plan.
        if (state.PendingOp(step.Urn) == "refresh" && step.Op is "same" or "update" or "delete")
        {
            state.Replace(step with { IsRefreshResult = true });
        }
    }

    private static StepRecord? Metadata(JsonShape shape, JsonElement payload, JsonPath at)
    {
        if (shape.Object(payload, PulumiJson.Metadata, at) is not { } metadata)
        {
            shape.Error(PulumiDiagnostics.MissingField(shape.At(at), "event", PulumiJson.Metadata));
            return null;
        }

        var path = at.Property(PulumiJson.Metadata);
        var op = StepReader.Op(shape, metadata, path);
        var urn = shape.RequiredString(metadata, PulumiJson.Urn, path, "step");
        var old = StepReader.State(shape, metadata, PulumiJson.Old, path);
        var @new = StepReader.State(shape, metadata, PulumiJson.New, path);
        var type = shape.String(metadata, PulumiJson.Type, path) ?? @new?.Type ?? old?.Type ?? Urns.Type(urn);
        return new StepRecord(op, urn, type, old, @new,
            shape.Strings(metadata, PulumiJson.Diffs, path),
            shape.Strings(metadata, PulumiJson.Keys, path),
            StepReader.DetailedDiff(shape, metadata, path, PulumiJson.DiffKind),
            path);
    }

    private sealed record Summary(ImmutableDictionary<string, int> Changes, bool MaybeCorrupt, bool IsPreview, JsonPath At);

    private sealed class StreamState
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<StepRecord> Steps { get; } = [];

        public List<DiagnosticRecord> Diagnostics { get; } = [];

        public Summary? Summary { get; set; }

        public Instant? FirstTimestamp { get; set; }

        public string? PendingOp(string urn) => _index.TryGetValue(urn, out var i) ? Steps[i].Op : null;

        public void Add(StepRecord step)
        {
            _index[step.Urn] = Steps.Count;
            Steps.Add(step);
        }

        public void AddOrReplace(StepRecord step)
        {
            if (_index.ContainsKey(step.Urn))
            {
                Replace(step);
            }
            else
            {
                Add(step);
            }
        }

        public void Replace(StepRecord step)
        {
            if (_index.TryGetValue(step.Urn, out var i))
            {
                Steps[i] = step;
            }
        }
    }
}
