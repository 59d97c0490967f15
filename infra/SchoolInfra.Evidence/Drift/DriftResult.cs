using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// The product of one drift check of one school: what was read (sources, with when), the drift items found, and the
/// differences ignore rules absorbed. A check with no items and at least one source means "no drift found" at that
/// time; a missing result (null) means no check ran, which is never "no drift".
/// </summary>
/// <param name="Stack">The school's stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="CheckedAt">When the drift check ran (the earliest observation when there are several sources).</param>
/// <param name="Sources">Each input, with when it read the live systems and how many resources it read.</param>
/// <param name="Items">The drift found, sorted: severity (highest first), then stack-file position, then address.</param>
/// <param name="Ignored">Differences absorbed by ignore rules, sorted the same way.</param>
public sealed record DriftResult(
    string Stack,
    Instant CheckedAt,
    ImmutableArray<ObservationSource> Sources,
    ImmutableArray<DriftItem> Items,
    ImmutableArray<IgnoredDrift> Ignored)
{
    /// <summary>The version of the saved JSON form (<c>schoolinfra drift --format json</c>); an unknown version is an error.</summary>
    public const int FormatVersion = 1;

    /// <summary>Drift found: something for the school to act on (exit code 2).</summary>
    public bool HasDrift => !Items.IsEmpty;

    /// <summary>How many resources the sources read, over all sources.</summary>
    public int ResourcesRead => Sources.Sum(s => s.ResourcesRead);

    /// <summary>The items that name a control.</summary>
    public IEnumerable<DriftItem> ItemsFor(string controlId) =>
        Items.Where(i => i.Controls.Contains(controlId, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether any source of the given kind is part of this check (e.g. a Pulumi refresh).</summary>
    public bool Observed(ObservationKind kind) => Sources.Any(s => s.Kind == kind);
}
