namespace SchoolInfra.Core.Model.Filtering;

/// <summary>Domain comparisons for block and allow entries: a rule for a domain also covers its subdomains.</summary>
public static class DomainNames
{
    /// <summary>True when one domain is the other or a subdomain of it, so an allow for one lifts a block on the other.</summary>
    public static bool Overlap(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || a.EndsWith("." + b, StringComparison.OrdinalIgnoreCase)
        || b.EndsWith("." + a, StringComparison.OrdinalIgnoreCase);
}
