using NodaTime;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// One input of a drift check: which reader, which file (as the user named it) and when the live systems were read.
/// </summary>
/// <param name="Kind">The reader.</param>
/// <param name="File">The input file as messages name it, e.g. <c>schools/oakfield-primary/live/refresh.json</c>.</param>
/// <param name="ObservedAt">When the live systems were read: the event stream's own timestamps when it has them,
/// otherwise the time given to the drift command (by default, when it ran).</param>
/// <param name="ResourcesRead">How many resources the source read (a failed read is not counted as read).</param>
public sealed record ObservationSource(ObservationKind Kind, string File, Instant ObservedAt, int ResourcesRead);
