using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Inputs;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// <c>schoolinfra drift --refresh FILE</c>: Pulumi's JSON (a refresh or <c>preview --refresh</c> digest, or a
/// refresh's engine events) compared with the school's declared state.
/// </summary>
/// <param name="reader">The repository's safe reader: the file must be an ordinary file inside the repository.</param>
/// <param name="path">Where the file is.</param>
/// <param name="display">How messages name it.</param>
/// <param name="runAt">When the refresh ran, for a digest (which carries no time): by default when the drift
/// command runs, straight after the refresh in CI. Engine events carry their own timestamps, which win.</param>
public sealed class PulumiRefreshSource(SafeFileReader reader, string path, string display, Instant runAt) : IDriftSource
{
    public DriftObservation? Observe(DriftContext context, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = EvidenceFile.ReadBytes(reader, path, display, diagnostics);
        return bytes is null ? null : Observe(bytes, display, runAt, context, diagnostics);
    }

    /// <summary>Reads Pulumi JSON already in memory (tests, benchmarks).</summary>
    public static DriftObservation? Observe(ReadOnlyMemory<byte> bytes, string display, Instant runAt, DriftContext context, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var document = PulumiOutputReader.Read(bytes, display, diagnostics);
        if (document is null)
        {
            return null;
        }

        var run = document.Run;
        var kind = run.ObservedAt is not null ? ObservationKind.PulumiEvents
            : run.Kind == RunKind.Refresh ? ObservationKind.PulumiRefresh
            : ObservationKind.PulumiPreview;
        var shape = new JsonShape(new JsonPositions(bytes, display), diagnostics);
        if (PulumiDriftMapper.Map(run, context, shape, kind) is not { } mapped)
        {
            return null;
        }

        return new DriftObservation(new ObservationSource(kind, display, run.ObservedAt ?? runAt, mapped.Read), mapped.Items, mapped.Ignored);
    }
}
