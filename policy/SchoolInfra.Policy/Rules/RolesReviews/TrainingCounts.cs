using System.Collections.Immutable;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>Reads the per-group counts of a <c>training</c> record: <c>groups</c>, each with <c>group</c>, <c>trained</c> and <c>of</c>.</summary>
public static class TrainingCounts
{
    /// <summary>Group key to count; entries without a group or numbers are left out (and the group then reads as unrecorded).</summary>
    public static ImmutableSortedDictionary<string, TrainingCount> Read(SchoolRecord training) =>
        training.Entries("groups")
            .Select(e => (Group: SchoolRecord.TextIn(e, "group"), Trained: SchoolRecord.NumberIn(e, "trained"), Of: SchoolRecord.NumberIn(e, "of")))
            .Where(e => e.Group is not null && e.Trained is >= 0 && e.Of is >= 0)
            .GroupBy(e => e.Group ?? string.Empty, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => new TrainingCount(g.Sum(e => e.Trained ?? 0), g.Sum(e => e.Of ?? 0)), StringComparer.Ordinal);
}
