using System.Collections.Immutable;
using System.Text.Json;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Collects the drift items of one tenant comparison, one per resource (an unreadable verdict wins), applying the
/// school's ignore rules to property differences so that absorbed ones are kept and shown, never silently dropped.
/// </summary>
internal sealed class TenantDriftBuilder(DriftContext context, TenantSnapshot snapshot)
{
    private readonly Dictionary<string, DriftItem> _items = new(StringComparer.Ordinal);
    private readonly List<IgnoredDrift> _ignored = [];

    public DriftContext Context { get; } = context;

    public TenantSnapshot Snapshot { get; } = snapshot;

    public IEnumerable<DriftItem> Items => _items.Values;

    public IEnumerable<IgnoredDrift> Ignored => _ignored;

    /// <summary>A declared resource as drift names it (joined to its stack-file lines and controls), with the live object's address.</summary>
    public DriftResource Declared(DesiredResource declared, string liveAddress, IEnumerable<string>? moreControls = null)
    {
        var resource = Context.Resource(liveAddress, declared.Type, declared.LogicalName);
        return moreControls is null ? resource : resource with { Controls = Union(resource.Controls, moreControls) };
    }

    /// <summary>Something live that nothing in the stack file declares.</summary>
    public static DriftResource Undeclared(string address, string type, string displayName, IEnumerable<string> controls) =>
        new(address, type, null, displayName, string.Empty, SourceSpan.None, Union([], controls));

    /// <summary>A declared resource whose live settings differ; properties an ignore rule absorbs are kept aside.</summary>
    public void Changed(DriftResource resource, IEnumerable<PropertyDrift> differences, NextDeploy next, ObservationKind source, string note = "")
    {
        var kept = new List<PropertyDrift>();
        foreach (var difference in differences)
        {
            if (Context.IgnoreRules.Absorbing(resource.Type, difference) is { } rule)
            {
                _ignored.Add(new IgnoredDrift(resource, difference, rule.Name, rule.Reason));
            }
            else
            {
                kept.Add(difference);
            }
        }

        if (kept.Count > 0)
        {
            Add(new DriftItem(resource, DriftKind.ChangedOutsidePipeline, [.. kept.OrderBy(p => p.Path, StringComparer.Ordinal)], next,
                Context.SeverityOf(resource.Controls), SchoolRole.ItProvider, source, note));
        }
    }

    /// <summary>A declared resource that a complete read did not find.</summary>
    public void Deleted(DriftResource resource, ObservationKind source, string note) =>
        Add(new DriftItem(resource, DriftKind.DeletedOutsidePipeline, [], NextDeploy.CreatesAgain,
            Context.SeverityOf(resource.Controls), SchoolRole.ItProvider, source, note));

    /// <summary>Something live the school did not declare; <paramref name="low"/> when it has no effect (a rule switched off).</summary>
    public void Unmanaged(DriftResource resource, ObservationKind source, string note, bool low = false) =>
        Add(new DriftItem(resource, DriftKind.Unmanaged, [], NextDeploy.LeavesAlone,
            low ? DriftSeverity.Low : Context.SeverityOf(resource.Controls), SchoolRole.ItProvider, source, note));

    /// <summary>An area that was not read completely: what it would show is unknown, and counts against its controls.</summary>
    public void Unreadable(AreaRead area, ImmutableArray<string> controls)
    {
        var name = AreaWords.Of(area.Area);
        var resource = Undeclared($"live:{area.Area}", "schoolinfra:tenantArea", name, controls);
        var read = area.State == ReadState.Partial
            ? $"Only part of {name} was read ({area.Count} before the read stopped), so the rest is unknown."
            : $"{char.ToUpperInvariant(name[0])}{name[1..]} could not be read, so whether they drifted is unknown.";
        var problem = area.Problem is { Length: > 0 } p ? $" {p.TrimEnd('.')}." : string.Empty;
        var permission = area.MissingPermission is { } missing ? $" The read-only permission {missing} is missing." : string.Empty;
        Add(new DriftItem(resource, DriftKind.Unreadable, [], NextDeploy.CannotTell, DriftSeverity.High, SchoolRole.ItProvider,
            Source(area.Area), read + problem + permission));
    }

    public static ObservationKind Source(ObservedArea area) =>
        area is ObservedArea.JamfProfiles or ObservedArea.JamfPrestages ? ObservationKind.Jamf : ObservationKind.MicrosoftGraph;

    /// <summary>A difference between two sets (compared as sets, shown sorted), or null when they hold the same items.</summary>
    public static PropertyDrift? SetDifference(string path, IEnumerable<string> declared, IEnumerable<string> live, StringComparer comparer)
    {
        var d = declared.Distinct(comparer).Order(comparer).ToList();
        var l = live.Distinct(comparer).Order(comparer).ToList();
        if (d.Count == l.Count && !d.Except(l, comparer).Any())
        {
            return null;
        }

        var change = d.Count == 0 ? PropertyChange.Added : l.Count == 0 ? PropertyChange.Removed : PropertyChange.Changed;
        return new PropertyDrift(path, change, d.Count == 0 ? DriftValue.Absent : Json(d), l.Count == 0 ? DriftValue.Absent : Json(l));
    }

    /// <summary>A difference between two scalar values, or null when they are equal.</summary>
    public static PropertyDrift? ValueDifference<T>(string path, T declared, T live) =>
        EqualityComparer<T>.Default.Equals(declared, live) ? null : new PropertyDrift(path, PropertyChange.Changed, Json(declared), Json(live));

    public static DriftValue Json<T>(T value) => DriftValue.Known(JsonSerializer.Serialize(value));

    private void Add(DriftItem item)
    {
        if (_items.TryGetValue(item.Resource.Address, out var existing) && existing.Kind == DriftKind.Unreadable)
        {
            return;
        }

        _items[item.Resource.Address] = item;
    }

    private static ImmutableArray<string> Union(IEnumerable<string> first, IEnumerable<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
