using System.Collections.Immutable;
using NodaTime.Text;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Policy.Tests;

/// <summary>Builds records in code from a few lines of YAML, the way schools/&lt;stack&gt;/records/*.yaml hold them.</summary>
public static class TestRecords
{
    public static SchoolRecord Make(RecordKind kind, string yaml)
    {
        var file = $"schools/oakfield-primary/records/test-{kind}.yaml";
        var bag = new DiagnosticBag();
        var node = SourceReader.Read(yaml, file, bag) as SourceMapping
            ?? throw new InvalidOperationException("Test record is not a YAML mapping: " + string.Join("; ", bag.ToSortedArray()));
        var fields = node.Entries.ToImmutableDictionary(e => e.Key.Text, e => e.Value, StringComparer.Ordinal);
        var date = LocalDatePattern.Iso.Parse(Scalar(fields, "date")).Value;
        var by = Enum.Parse<SchoolRole>(Scalar(fields, "by"), ignoreCase: true);
        return new SchoolRecord(kind, date, by, fields, node.Span);
    }

    private static string Scalar(ImmutableDictionary<string, SourceNode> fields, string key) =>
        fields.GetValueOrDefault(key) is SourceScalar scalar ? scalar.Text : throw new InvalidOperationException($"Test record has no {key}.");
}
