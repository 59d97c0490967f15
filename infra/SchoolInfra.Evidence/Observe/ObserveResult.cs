using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Observe;

/// <summary>The snapshot (null when the read could not be trusted at all, e.g. the wrong tenant) and every diagnostic.</summary>
public sealed record ObserveResult(TenantSnapshot? Snapshot, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Every area complete or not used.</summary>
    public bool IsComplete => Snapshot is { } s && s.Areas.All(a => a.IsComplete);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
