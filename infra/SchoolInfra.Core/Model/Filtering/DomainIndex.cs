namespace SchoolInfra.Core.Model.Filtering;

/// <summary>
/// Finds the first entry whose domain overlaps a given domain (<see cref="DomainNames.Overlap"/>: the same, a parent
/// or a subdomain) without comparing against every entry: a large school's hundreds of exceptions against hundreds
/// of block entries would otherwise cost a quadratic scan on every compile.
/// </summary>
public sealed class DomainIndex
{
    private readonly IReadOnlyList<DomainEntry> _entries;
    private readonly Dictionary<string, int> _byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byParent = new(StringComparer.OrdinalIgnoreCase);

    public DomainIndex(IReadOnlyList<DomainEntry> entries)
    {
        _entries = entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var domain = entries[i].Domain;
            _byDomain.TryAdd(domain, i);
            for (var dot = domain.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = domain.IndexOf('.', dot + 1))
            {
                _byParent.TryAdd(domain[(dot + 1)..], i);
            }
        }
    }

    /// <summary>The earliest entry (in declaration order) that overlaps <paramref name="domain"/>, or null.</summary>
    public DomainEntry? FirstOverlap(string domain)
    {
        var best = _byParent.TryGetValue(domain, out var child) ? child : int.MaxValue;
        for (var suffix = domain; ; suffix = suffix[(suffix.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (_byDomain.TryGetValue(suffix, out var index) && index < best)
            {
                best = index;
            }

            if (!suffix.Contains('.', StringComparison.Ordinal))
            {
                break;
            }
        }

        return best == int.MaxValue ? null : _entries[best];
    }
}
