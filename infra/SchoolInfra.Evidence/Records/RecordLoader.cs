using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Validation;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Reads schools/&lt;stack&gt;/records/*.yaml, one record per file. The common fields (kind, date, by) are checked
/// here with diagnostics; the other fields are kept as read for the rules of the controls that name them.
/// </summary>
public static class RecordLoader
{
    public static RecordSet Load(SchoolFiles files, string stack, LocalDate today, DiagnosticBag diagnostics)
    {
        var texts = files.List($"{stack}/records", "*.yaml")
            .Select(path => (files.DisplayPath(path), files.ReadText(path) ?? string.Empty));
        return Load(texts, today, diagnostics);
    }

    public static RecordSet Load(IEnumerable<(string DisplayPath, string Text)> files, LocalDate today, DiagnosticBag diagnostics)
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

            if (Read(node, today, diagnostics) is { } record)
            {
                records.Add(record);
            }
        }

        return new RecordSet(records.ToImmutable());
    }

    private static SchoolRecord? Read(SourceNode node, LocalDate today, DiagnosticBag diagnostics)
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
            if (parsed > today)
            {
                diagnostics.Add(RecordDiagnostics.RecordInFuture(dateNode.Span, dateNode.Text));
            }
        }

        if (kind is null || by is null || date is null)
        {
            return null;
        }

        var fields = mapping.Entries
            .Where(e => e.Key.Text is not ("kind" or "date" or "by"))
            .ToImmutableDictionary(e => e.Key.Text, e => e.Value, StringComparer.Ordinal);
        return new SchoolRecord(kind.Value, date.Value, by.Value, fields, mapping.Span);
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
