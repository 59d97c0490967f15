using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// One dated evidence file: its kind, date, the role that made it, and its other fields as read (each rule reads
/// the fields its control names). Records never hold pupil names; counts only.
/// </summary>
public sealed record SchoolRecord(
    RecordKind Kind,
    LocalDate Date,
    SchoolRole By,
    ImmutableDictionary<string, SourceNode> Fields,
    SourceSpan Source)
{
    /// <summary>The record kind as written in files, e.g. <c>fm-check</c>.</summary>
    public string KindName => ConfigNaming.EnumValue(Kind);

    /// <summary>Where a field is, or the record itself when the field is missing.</summary>
    public SourceSpan SpanOf(string field) => Fields.TryGetValue(field, out var node) ? node.Span : Source;

    public string? Text(string field) => Fields.GetValueOrDefault(field) is SourceScalar { IsNull: false } s ? s.Text : null;

    public bool? Flag(string field) => Text(field) switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public int? Number(string field) =>
        int.TryParse(Text(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public LocalDate? DateOf(string field) => ParseDate(Text(field));

    /// <summary>A list field's items as text (single values only); empty when missing.</summary>
    public ImmutableArray<string> Words(string field) => Fields.GetValueOrDefault(field) is SourceSequence list
        ? [.. list.Items.OfType<SourceScalar>().Where(s => !s.IsNull).Select(s => s.Text)]
        : [];

    /// <summary>A list field's items that are sections (e.g. incidents, actions); empty when missing.</summary>
    public ImmutableArray<SourceMapping> Entries(string field) => Fields.GetValueOrDefault(field) is SourceSequence list
        ? [.. list.Items.OfType<SourceMapping>()]
        : [];

    /// <summary>A field that is a section of named values, or null.</summary>
    public SourceMapping? Section(string field) => Fields.GetValueOrDefault(field) as SourceMapping;

    public static LocalDate? ParseDate(string? text) =>
        text is not null && IsoDate.TryParse(text, out var date) ? date : null;

    /// <summary>A value inside a section or list entry, as text.</summary>
    public static string? TextIn(SourceMapping section, string field) => section[field] is SourceScalar { IsNull: false } s ? s.Text : null;

    public static LocalDate? DateIn(SourceMapping section, string field) => ParseDate(TextIn(section, field));

    public static int? NumberIn(SourceMapping section, string field) =>
        int.TryParse(TextIn(section, field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
