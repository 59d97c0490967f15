using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe.Snapshot;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// <c>schoolinfra drift --observed FILE</c>: a tenant snapshot written by <c>schoolinfra observe</c>, compared with
/// the school's declared state. A snapshot that cannot be read, has an unknown version or is about another school is
/// an error (no result, never "no drift"); areas it could not read become unreadable items.
/// </summary>
/// <param name="reader">Reads only ordinary files inside the repository.</param>
/// <param name="path">Where the file is.</param>
/// <param name="display">How messages name it.</param>
public sealed class TenantSnapshotSource(SafeFileReader reader, string path, string display) : IDriftSource
{
    public DriftObservation? Observe(DriftContext context, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var snapshot = SnapshotFile.Read(reader, path, display, diagnostics);
        return snapshot is null ? null : Observe(snapshot, display, context, diagnostics);
    }

    /// <summary>Compares a snapshot already in memory (tests, benchmarks, <c>observe</c> itself).</summary>
    public static DriftObservation? Observe(TenantSnapshot snapshot, string display, DriftContext context, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!string.Equals(snapshot.Stack, context.Stack, StringComparison.Ordinal))
        {
            diagnostics.Add(ObserveDiagnostics.SnapshotOfOtherSchool(display, snapshot.Stack, context.Stack));
            return null;
        }

        var (items, ignored, read) = TenantDriftComparer.Compare(snapshot, context);
        return new DriftObservation(new ObservationSource(ObservationKind.MicrosoftGraph, display, snapshot.ReadAt, read), items, ignored);
    }
}
