using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Turns a read Pulumi run into drift items (pulumi-contract.md C.5-C.6). A refresh's results map directly: an
/// <c>update</c> is a change outside the pipeline (declared side: the old inputs; live side: the inputs and outputs
/// read from the cloud), a <c>delete</c> a deletion outside it. In <c>preview --refresh</c> the program's planned
/// step says what the next deploy does: <c>update</c>/<c>replace</c> put a changed resource back (declared side:
/// the program's new inputs; live side: the refreshed old state), and a <c>create</c> of a resource that was just
/// refreshed means it was deleted outside the pipeline. Failed reads are unreadable, never "no drift".
/// </summary>
internal static class PulumiDriftMapper
{
    public static (ImmutableArray<DriftItem> Items, ImmutableArray<IgnoredDrift> Ignored, int Read)? Map(
        PulumiRun run, DriftContext context, JsonShape shape, ObservationKind source)
    {
        switch (run.Kind)
        {
            case RunKind.PreviewWithoutRefresh:
                shape.Error(PulumiDiagnostics.NotRefreshed(shape.At(JsonPath.Root())));
                return null;
            case RunKind.Deploy:
                shape.Error(PulumiDiagnostics.NotACheck(shape.At(JsonPath.Root()), "a deploy (pulumi up or destroy)"));
                return null;
        }

        if (run.MaybeCorrupt)
        {
            shape.Error(PulumiDiagnostics.MaybeCorrupt(shape.At(JsonPath.Root().Property(PulumiJson.MaybeCorrupt))));
        }

        if (run.Steps.FirstOrDefault(s => Urns.Stack(s.Urn) is { Length: > 0 } stack && stack != context.Stack) is { } other)
        {
            shape.Error(PulumiDiagnostics.OtherStack(shape.At(other.At.Property(PulumiJson.Urn)), Urns.Stack(other.Urn), context.Stack));
        }

        foreach (var failure in run.Diagnostics.Where(d => d.IsError && d.Urn is null))
        {
            shape.Error(PulumiDiagnostics.RunFailed(shape.At(failure.At), failure.Message));
        }

        if (shape.Failed)
        {
            return null;
        }

        var builder = new Builder(context, source);
        if (run.Kind == RunKind.Refresh)
        {
            MapRefresh(run, builder);
        }
        else
        {
            MapPreview(run, builder);
        }

        foreach (var diagnostic in run.Diagnostics.Where(d => d.IsError && d.Urn is not null))
        {
            builder.Unreadable(diagnostic.Urn ?? string.Empty, Urns.Type(diagnostic.Urn ?? string.Empty), diagnostic.Message);
        }

        if (builder.Read == 0 && builder.Items.Count == 0)
        {
            shape.Error(PulumiDiagnostics.NothingRead(shape.At(JsonPath.Root())));
            return null;
        }

        return ([.. builder.Items.Values], [.. builder.Ignored], builder.Read);
    }

    private static void MapRefresh(PulumiRun run, Builder builder)
    {
        var named = 0;
        foreach (var step in run.Steps)
        {
            if (step.Failed)
            {
                builder.Unreadable(step.Urn, step.Type, "Pulumi could not read it.");
                continue;
            }

            var cloud = (step.Old ?? step.New)?.IsCloudResource ?? false;
            switch (step.Op)
            {
                case "update":
                    named++;
                    builder.Changed(step, declared: step.Old?.Inputs, liveFirst: step.New?.Inputs, liveThen: step.New?.Outputs, NextDeploy.PutsBack);
                    builder.CountRead(cloud);
                    break;
                case "delete":
                    named++;
                    builder.Deleted(step);
                    break;
                default:
                    builder.CountRead(cloud);
                    break;
            }
        }

        // An update whose provider gave no detailed diff is counted but its step stays "refresh" (C.5 (b)).
        var counted = run.Count("update") + run.Count("delete");
        if (counted > named)
        {
            builder.UnnamedChanges(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Pulumi counted {counted} changed resources but its output names only {named}; the others cannot be identified, so they count as unreadable."));
        }
    }

    private static void MapPreview(PulumiRun run, Builder builder)
    {
        var refreshed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in run.Steps)
        {
            if (step.Failed)
            {
                builder.Unreadable(step.Urn, step.Type, "Pulumi could not read it.");
                continue;
            }

            switch (step.Op)
            {
                case "refresh":
                    if (refreshed.Add(step.Urn))
                    {
                        builder.CountRead((step.Old ?? step.New)?.IsCloudResource ?? false);
                    }

                    break;
                case "update":
                    builder.Changed(step, declared: step.New?.Inputs, liveFirst: step.Old?.Outputs, liveThen: step.Old?.Inputs, NextDeploy.PutsBack);
                    break;
                case "replace":
                    builder.Changed(step, declared: step.New?.Inputs, liveFirst: step.Old?.Outputs, liveThen: step.Old?.Inputs, NextDeploy.Replaces);
                    break;
                case "create" when refreshed.Contains(step.Urn):
                    builder.Deleted(step);
                    break;
                default:
                    // same, read: as declared. A create of something never deployed, or a delete of something the
                    // stack file no longer declares, is a pending change from the stack file, not drift.
                    break;
            }
        }
    }

    private sealed class Builder(DriftContext context, ObservationKind source)
    {
        public Dictionary<string, DriftItem> Items { get; } = new(StringComparer.Ordinal);

        public List<IgnoredDrift> Ignored { get; } = [];

        public int Read { get; private set; }

        public void CountRead(bool cloudResource)
        {
            if (cloudResource)
            {
                Read++;
            }
        }

        public void Changed(StepRecord step, System.Text.Json.JsonElement? declared, System.Text.Json.JsonElement? liveFirst, System.Text.Json.JsonElement? liveThen, NextDeploy next)
        {
            var resource = context.Resource(step.Urn, step.Type, Urns.Name(step.Urn));
            var properties = new List<PropertyDrift>();
            var replaces = next == NextDeploy.Replaces || !step.ReplaceReasons.IsDefaultOrEmpty;
            foreach (var (path, kind) in Paths(step))
            {
                if (DriftBookkeeping.IsBookkeepingPath(path))
                {
                    continue;
                }

                replaces |= kind?.Replaces ?? false;
                var named = HasSegments(path);
                var declaredValue = named ? PulumiValues.At(declared, path) : DriftValue.Absent;
                var live = named ? PulumiValues.At(liveFirst, path) : DriftValue.Absent;
                if (live.Kind == DriftValueKind.Absent && named)
                {
                    live = PulumiValues.At(liveThen, path);
                }

                var property = new PropertyDrift(path, Classify(declaredValue, live), declaredValue, live);
                if (context.IgnoreRules.Absorbing(step.Type, property) is { } rule)
                {
                    Ignored.Add(new IgnoredDrift(resource, property, rule.Name, rule.Reason));
                }
                else
                {
                    properties.Add(property);
                }
            }

            if (properties.Count > 0)
            {
                Add(new DriftItem(resource, DriftKind.ChangedOutsidePipeline, [.. properties.OrderBy(p => p.Path, StringComparer.Ordinal)],
                    replaces ? NextDeploy.Replaces : next, context.SeverityOf(resource.Controls), SchoolRole.ItProvider, source));
            }
        }

        public void Deleted(StepRecord step)
        {
            var resource = context.Resource(step.Urn, step.Type, Urns.Name(step.Urn));
            Add(new DriftItem(resource, DriftKind.DeletedOutsidePipeline, [],
                resource.IsDeclared ? NextDeploy.CreatesAgain : NextDeploy.LeavesAlone,
                context.SeverityOf(resource.Controls), SchoolRole.ItProvider, source,
                resource.IsDeclared ? string.Empty : "It is no longer in the stack file, so the next deploy will not create it again."));
        }

        public void Unreadable(string urn, string type, string note)
        {
            var resource = context.Resource(urn, type, Urns.Name(urn));
            Add(new DriftItem(resource, DriftKind.Unreadable, [], NextDeploy.CannotTell, DriftSeverity.High, SchoolRole.ItProvider, source, note));
        }

        public void UnnamedChanges(string note)
        {
            var resource = new DriftResource(string.Empty, string.Empty, null, "resources Pulumi did not name", string.Empty, Core.Diagnostics.SourceSpan.None, []);
            Add(new DriftItem(resource, DriftKind.Unreadable, [], NextDeploy.CannotTell, DriftSeverity.High, SchoolRole.ItProvider, source, note));
        }

        private void Add(DriftItem item)
        {
            // An unreadable verdict wins over anything else said about the same resource.
            if (Items.TryGetValue(item.Resource.Address, out var existing) && existing.Kind == DriftKind.Unreadable)
            {
                return;
            }

            Items[item.Resource.Address] = item;
        }

        /// <summary>Whether a path names anything (a provider's diff can carry an empty one).</summary>
        private static bool HasSegments(string path)
        {
            var position = 0;
            return PropertyPaths.Next(path, ref position, out _);
        }

        /// <summary>The paths that differ: the detailed diff when the provider gave one, else the top-level keys, else one unnamed change.</summary>
        private static IEnumerable<(string Path, DiffRecord? Kind)> Paths(StepRecord step)
        {
            if (step.DetailedDiff is { IsEmpty: false } detailed)
            {
                return detailed.Select(d => (d.Path, (DiffRecord?)d));
            }

            if (!step.DiffReasons.IsDefaultOrEmpty)
            {
                return step.DiffReasons.Select(r => (r, (DiffRecord?)null));
            }

            return [(string.Empty, null)];
        }

        private static PropertyChange Classify(DriftValue declared, DriftValue live) => (declared.Kind, live.Kind) switch
        {
            (DriftValueKind.Absent, DriftValueKind.Absent) => PropertyChange.ReportedByProvider,
            (DriftValueKind.Known, DriftValueKind.Known) when declared.Json == live.Json => PropertyChange.ReportedByProvider,
            (DriftValueKind.Absent, _) => PropertyChange.Added,
            (_, DriftValueKind.Absent) => PropertyChange.Removed,
            _ => PropertyChange.Changed,
        };
    }
}
