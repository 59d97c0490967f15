namespace SchoolInfra.Evidence.Records;

public enum DueState
{
    /// <summary>Done for the current period.</summary>
    Done,
    /// <summary>Not done yet for the current period, but not late: the previous one was done.</summary>
    Due,
    /// <summary>Late: a period ended without one, or the last is too old.</summary>
    Overdue,
    /// <summary>There has never been one.</summary>
    Missing,
}
