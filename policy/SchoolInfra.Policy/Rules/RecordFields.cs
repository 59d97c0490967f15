using System.Globalization;
using NodaTime;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Reads the fields of a record (or of one item inside it) the way rules need them: text, dates, yes/no, lists.
/// A missing or wrongly shaped field reads as null or empty, and the rule says what the record lacks.
/// </summary>
public static class RecordFields
{
    public static SourceNode? Node(SchoolRecord record, string key) => record.Fields.GetValueOrDefault(key);

    public static string? Text(SchoolRecord record, string key) => Text(Node(record, key));

    public static string? Text(SourceMapping item, string key) => Text(item[key]);

    public static LocalDate? Date(SchoolRecord record, string key) => Date(Node(record, key));

    public static LocalDate? Date(SourceMapping item, string key) => Date(item[key]);

    public static bool? Bool(SchoolRecord record, string key) => Bool(Node(record, key));

    public static int? Number(SchoolRecord record, string key) =>
        int.TryParse(Text(record, key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The mapping items of a list field, e.g. the tests of an <c>fm-check</c>.</summary>
    public static IReadOnlyList<SourceMapping> Items(SchoolRecord record, string key) =>
        Node(record, key) is SourceSequence list ? [.. list.Items.OfType<SourceMapping>()] : [];

    /// <summary>The text items of a list field, e.g. the categories of a <c>provider-attestation</c>.</summary>
    public static IReadOnlyList<string> Texts(SchoolRecord record, string key) =>
        Node(record, key) is SourceSequence list ? [.. list.Items.Select(Text).OfType<string>()] : [];

    /// <summary>The sub-section of a mapping field, e.g. the <c>logSample</c> of an <c>fm-check</c>.</summary>
    public static SourceMapping? Section(SchoolRecord record, string key) => Node(record, key) as SourceMapping;

    /// <summary>Whether a text field equals one of the expected words, ignoring case.</summary>
    public static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static string? Text(SourceNode? node) =>
        node is SourceScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Text) ? scalar.Text.Trim() : null;

    private static LocalDate? Date(SourceNode? node)
    {
        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        return SchoolRecord.ParseDate(text);
    }

    private static bool? Bool(SourceNode? node)
    {
        var text = Text(node);
        return Is(text, "true") || Is(text, "yes") ? true : Is(text, "false") || Is(text, "no") ? false : null;
    }
}
