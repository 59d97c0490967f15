namespace SchoolInfra.Evidence.Records;

public enum RecordFrequency
{
    /// <summary>Each term; overdue 14 days after the end of the term in which it was due.</summary>
    Termly,
    /// <summary>Once per academic year and never more than 12 months after the previous one.</summary>
    Annual,
    /// <summary>Every term-time week (monitoring reviews, MON-01).</summary>
    Weekly,
}
