using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Validation;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Reads schools/&lt;stack&gt;/records/*.yaml, one record per file, through the safe reader. The common fields (kind,
/// date, by) are checked here with diagnostics, and so is that a record is sane: a plausible date (from
/// <see cref="EarliestDate"/> to a day after today) that matches the file name, closed values and sane numbers in
/// the fields rules read (<see cref="RecordFieldChecks"/>). The other fields are kept as read for the rules.
/// </summary>
public static class RecordLoader
{
    /// <summary>No school kept SchoolInfra records before this: a floor when the school's terms are not known.</summary>
    public static readonly LocalDate Floor = new(2000, 1, 1);

    /// <summary>
    /// The earliest date a record of the school may have: the start of the school year before its first declared term
    /// (yearly evidence looks back up to twelve months), and never before <see cref="Floor"/>.
    /// </summary>
    public static LocalDate EarliestDate(ImmutableArray<SchoolTerm> terms)
    {
        if (terms.IsDefaultOrEmpty)
        {
            return Floor;
        }

        var earliest = SchoolCalendar.AcademicYearStart(terms.Min(t => t.Start)).PlusYears(-1);
        return earliest < Floor ? Floor : earliest;
    }

    public static RecordSet Load(SchoolFiles files, string stack, LocalDate today, DiagnosticBag diagnostics, LocalDate? earliest = null)
    {
        var texts = new List<(string, string)>();
        foreach (var path in files.List($"{stack}/records", "*.yaml", diagnostics))
        {
            if (files.ReadText(path, diagnostics) is { } text)
            {
                texts.Add((files.DisplayPath(path), text));
            }
        }

        return Load(texts, today, diagnostics, earliest);
    }

    public static RecordSet Load(IEnumerable<(string DisplayPath, string Text)> files, LocalDate today, DiagnosticBag diagnostics, LocalDate? earliest = null)
    {
        var records = ImmutableArray.CreateBuilder<SchoolRecord>();
        foreach (var (path, text) in files)
        {
            var before = diagnostics.Count;
            var node = SourceReader.Read(text, path, diagnostics);
            if (node is null)
            {
                if (diagnostics.Count == before)
                {
                    diagnostics.Add(RecordDiagnostics.RecordNotAMapping(SourceSpan.At(path, 1, 1)));
                }

                continue;
            }

            if (Read(node, Path.GetFileName(path), today, earliest ?? Floor, diagnostics) is { } record)
            {
                records.Add(record);
            }
        }

        return new RecordSet(records.ToImmutable());
    }

    private static SchoolRecord? Read(SourceNode node, string fileName, LocalDate today, LocalDate earliest, DiagnosticBag diagnostics)
    {
        if (node is not SourceMapping mapping)
        {
            diagnostics.Add(RecordDiagnostics.RecordNotAMapping(node.Span));
            return null;
        }

        var kind = ReadEnum<RecordKind>(mapping, "kind", diagnostics, RecordDiagnostics.UnknownRecordKind);
        var by = ReadEnum<SchoolRole>(mapping, "by", diagnostics, RecordDiagnostics.RecordUnknownRole);
        LocalDate? date = null;
        if (mapping["date"] is not SourceScalar { IsNull: false } dateNode)
        {
            diagnostics.Add(RecordDiagnostics.RecordFieldMissing(mapping.Span, "date"));
        }
        else if (SchoolRecord.ParseDate(dateNode.Text) is not { } parsed)
        {
            diagnostics.Add(RecordDiagnostics.RecordBadDate(dateNode.Span, "date", dateNode.Text));
        }
        else
        {
            date = parsed;
            CheckDate(dateNode, parsed, fileName, today, earliest, diagnostics);
        }

        if (kind is null || by is null || date is null)
        {
            return null;
        }

        RecordFieldChecks.Check(kind.Value, mapping, diagnostics);

        var fields = mapping.Entries
            .Where(e => e.Key.Text is not ("kind" or "date" or "by"))
            .ToImmutableDictionary(e => e.Key.Text, e => e.Value, StringComparer.Ordinal);
        return new SchoolRecord(kind.Value, date.Value, by.Value, fields, mapping.Span);
    }

    private static void CheckDate(SourceScalar node, LocalDate date, string fileName, LocalDate today, LocalDate earliest, DiagnosticBag diagnostics)
    {
        if (date < earliest)
        {
            diagnostics.Add(RecordDiagnostics.RecordDateImplausible(node.Span, node.Text, IsoDate.Format(earliest)));
        }
        else if (date > today.PlusDays(1))
        {
            diagnostics.Add(RecordDiagnostics.RecordFarInFuture(node.Span, node.Text));
        }
        else if (date > today)
        {
            // A day ahead is allowed (a record written late in the evening in another time zone), with a warning.
            diagnostics.Add(RecordDiagnostics.RecordInFuture(node.Span, node.Text));
        }

        // Files are named YYYY-MM-DD-kind.yaml: a name that starts with a date must agree with the record.
        if (fileName.Length > 11 && fileName[10] == '-' && IsoDate.TryParse(fileName[..10], out var named) && named != date)
        {
            diagnostics.Add(RecordDiagnostics.FileNameDateDiffers(node.Span, fileName[..10], node.Text));
        }
    }

    private static T? ReadEnum<T>(SourceMapping mapping, string field, DiagnosticBag diagnostics, Func<SourceSpan, string, string?, Diagnostic> unknown)
        where T : struct, Enum
    {
        if (mapping[field] is not SourceScalar { IsNull: false } node)
        {
            diagnostics.Add(RecordDiagnostics.RecordFieldMissing(mapping.Span, field));
            return null;
        }

        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(ConfigNaming.EnumValue(typeof(T), name), node.Text, StringComparison.Ordinal))
            {
                return Enum.Parse<T>(name);
            }
        }

        diagnostics.Add(unknown(node.Span, node.Text, TextDistance.Closest(node.Text, ConfigNaming.EnumValues(typeof(T)))));
        return null;
    }
}
