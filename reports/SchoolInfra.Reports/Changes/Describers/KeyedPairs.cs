namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>
/// Pairs the items of two versions of a list by key: those only after (added), only before (removed), and in both.
/// Items that share a key are paired in order, so a repeated key (two exceptions for one site) still lines up.
/// </summary>
internal static class KeyedPairs
{
    public static (List<T> Added, List<T> Removed, List<(T Before, T After)> Kept) Match<T>(
        IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key)
    {
        var remaining = before.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<T>(g), StringComparer.Ordinal);
        var added = new List<T>();
        var kept = new List<(T, T)>();
        foreach (var item in after)
        {
            if (remaining.TryGetValue(key(item), out var queue) && queue.Count > 0)
            {
                kept.Add((queue.Dequeue(), item));
            }
            else
            {
                added.Add(item);
            }
        }

        var keys = before.Select(key).Distinct(StringComparer.Ordinal).ToList();
        var removed = keys.SelectMany(k => remaining[k]).ToList();
        return (added, removed, kept);
    }

    /// <summary>Values only in <paramref name="after"/> and only in <paramref name="before"/>, in their list order.</summary>
    public static (List<T> Added, List<T> Removed) Sets<T>(IEnumerable<T> before, IEnumerable<T> after)
    {
        var b = before.ToList();
        var a = after.ToList();
        return ([.. a.Where(x => !b.Contains(x)).Distinct()], [.. b.Where(x => !a.Contains(x)).Distinct()]);
    }
}
