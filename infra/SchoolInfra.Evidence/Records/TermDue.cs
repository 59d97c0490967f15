using NodaTime;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Where a duty stands by <see cref="RecordSchedule"/>'s one algorithm, from the dates it was done on: the state,
/// the term or week it concerns, the date the next (or the late) one is due by, and the date that counts for that
/// period, or the latest one when none counts.
/// </summary>
public sealed record TermDue(DueState State, string Period, LocalDate DueBy, LocalDate? Date);
