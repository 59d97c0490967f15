using NodaTime;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Where one kind of scheduled record stands today: done, due, overdue or missing, the latest one, and the
/// date the next is due by. Governors see these in "Overdue reviews and checks".
/// </summary>
/// <param name="Kind">The record kind.</param>
/// <param name="Frequency">Termly or annual.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Latest">The newest record that counts, if any.</param>
/// <param name="DueBy">When the next one (or the late one) is due.</param>
/// <param name="Period">The term or academic year it is for, e.g. "Autumn 2026" or "2026-27".</param>
public sealed record RecordDue(RecordKind Kind, RecordFrequency Frequency, DueState State, SchoolRecord? Latest, LocalDate DueBy, string Period)
{
    public bool IsOverdue => State == DueState.Overdue;
}
