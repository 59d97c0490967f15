namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>Small conversions between the SDK's enums and Graph's JSON words, and OData filter quoting.</summary>
internal static class GraphText
{
    /// <summary>An SDK enum as Graph writes it: <c>ExchangeActiveSync</c> → <c>exchangeActiveSync</c>.</summary>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>A literal inside an OData filter: single quotes doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static List<string> Strings(IEnumerable<string?>? values) => values?.OfType<string>().ToList() ?? [];

    public static List<string> Words<T>(IEnumerable<T?>? values)
        where T : struct, Enum => values?.Where(v => v.HasValue).Select(v => Camel(v.GetValueOrDefault())).ToList() ?? [];
}
