using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Drift;

/// <summary>What one drift source found: its observation (reader, file, time, resources read), items and ignored differences.</summary>
public sealed record DriftObservation(ObservationSource Source, ImmutableArray<DriftItem> Items, ImmutableArray<IgnoredDrift> Ignored);
