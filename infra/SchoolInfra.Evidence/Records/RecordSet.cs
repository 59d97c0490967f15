using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Records;

/// <summary>A school's records, newest first within each kind.</summary>
public sealed record RecordSet(ImmutableArray<SchoolRecord> All)
{
    public static RecordSet Empty { get; } = new([]);

    public IEnumerable<SchoolRecord> OfKind(RecordKind kind) => All.Where(r => r.Kind == kind).OrderByDescending(r => r.Date);

    public SchoolRecord? Latest(RecordKind kind) => OfKind(kind).FirstOrDefault();
}
