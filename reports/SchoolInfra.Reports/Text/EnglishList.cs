namespace SchoolInfra.Reports.Text;

/// <summary>Joins items the way a sentence lists them: "A", "A and B", "A, B and C".</summary>
public static class EnglishList
{
    public static string Join(IEnumerable<string> items, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}",
        };
    }

    /// <summary>"1 control", "3 controls".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
