using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// Runs every drift source for one school and combines what they found into one <see cref="DriftResult"/>. If any
/// source fails, there is no result: a partly read set of inputs is an error, never "no drift".
/// </summary>
public static class DriftChecker
{
    public static DriftResult? Check(DriftContext context, IReadOnlyList<IDriftSource> sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var observations = new List<DriftObservation>();
        var failed = false;
        foreach (var source in sources)
        {
            var before = diagnostics.HasErrors;
            var observation = source.Observe(context, diagnostics);
            if (observation is null || (!before && diagnostics.HasErrors))
            {
                failed = true;
                continue;
            }

            observations.Add(observation);
        }

        if (failed || observations.Count == 0)
        {
            return null;
        }

        return new DriftResult(
            context.Stack,
            observations.Min(o => o.Source.ObservedAt),
            [.. observations.Select(o => o.Source)],
            Sort(observations.SelectMany(o => o.Items)),
            [.. observations.SelectMany(o => o.Ignored).OrderBy(i => i.Resource.Source.Line).ThenBy(i => i.Resource.Address, StringComparer.Ordinal).ThenBy(i => i.Property.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Highest severity first, then in stack-file order, then by address.</summary>
    public static ImmutableArray<DriftItem> Sort(IEnumerable<DriftItem> items) =>
    [
        .. items
            .OrderByDescending(i => i.Severity)
            .ThenBy(i => i.Resource.Source.IsKnown ? 0 : 1)
            .ThenBy(i => i.Resource.Source.Line)
            .ThenBy(i => i.Resource.Address, StringComparer.Ordinal),
    ];
}
