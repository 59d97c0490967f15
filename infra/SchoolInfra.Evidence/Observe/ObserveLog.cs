using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Observe;

/// <summary>Collects, from reads running in parallel, how each area was read and the diagnostics, and passes progress on.</summary>
internal sealed class ObserveLog(IObserveProgress? progress)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ObservedArea, AreaRead> _areas = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public IObserveProgress? Progress => progress;

    public void Started(ObservedArea area) => progress?.Started(area);

    public void Finished(AreaRead read, Diagnostic? diagnostic = null)
    {
        lock (_lock)
        {
            _areas[read.Area] = read;
            // One sign-in failure fails every area the same way: say it once.
            if (diagnostic is not null && !_diagnostics.Contains(diagnostic))
            {
                _diagnostics.Add(diagnostic);
            }
        }

        progress?.Finished(read);
    }

    /// <summary>
    /// An area read from the results of another (names from the sign-in rules, members of role-holding groups) is no
    /// more complete than that one: a failed source makes it unknown (nothing read) or partial.
    /// </summary>
    public void DependsOn(ObservedArea area, ObservedArea source)
    {
        lock (_lock)
        {
            if (_areas.TryGetValue(source, out var from) && !from.IsComplete && _areas.TryGetValue(area, out var read) && read.State == ReadState.Complete)
            {
                var problem = $"it depends on {AreaWords.Of(source)}, which could not be read";
                _areas[area] = read with { State = read.Count == 0 ? ReadState.Unknown : ReadState.Partial, Problem = problem };
            }
        }
    }

    public ImmutableArray<AreaRead> Areas
    {
        get
        {
            lock (_lock)
            {
                return [.. _areas.Values.OrderBy(a => a.Area)];
            }
        }
    }

    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            lock (_lock)
            {
                return [.. _diagnostics];
            }
        }
    }
}
