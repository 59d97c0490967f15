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
            if (diagnostic is not null)
            {
                _diagnostics.Add(diagnostic);
            }
        }

        progress?.Finished(read);
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
