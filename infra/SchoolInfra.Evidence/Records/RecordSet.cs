using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Records;

/// <summary>A school's records, newest first within each kind.</summary>
public sealed record RecordSet(ImmutableArray<SchoolRecord> All)
{
    /// <summary>Called with each kind read; set only through <see cref="Watched"/>, on a copy.</summary>
    private Action<RecordKind>? OnRead { get; init; }

    public static RecordSet Empty { get; } = new([]);

    /// <summary>
    /// The same records, reporting each kind a rule reads, so that the evaluator can say which records a finding
    /// rests on (its "recorded" evidence sources) without every rule having to list them.
    /// </summary>
    public RecordSet Watched(Action<RecordKind> onRead) => this with { OnRead = onRead };

    public IEnumerable<SchoolRecord> OfKind(RecordKind kind)
    {
        OnRead?.Invoke(kind);
        return All.Where(r => r.Kind == kind).OrderByDescending(r => r.Date);
    }

    public SchoolRecord? Latest(RecordKind kind) => OfKind(kind).FirstOrDefault();
}
