namespace SchoolInfra.Reports.Model;

/// <summary>A failure a termly filtering and monitoring check found (REV-02), and when it was fixed.</summary>
/// <param name="Found">The check's date.</param>
/// <param name="What">What failed.</param>
/// <param name="Fix">What was done.</param>
/// <param name="Fixed">"Fixed on 7 Oct 2026" or "Not fixed yet".</param>
/// <param name="IsFixed">A fix date or a passed retest is recorded.</param>
public sealed record CheckFailureLine(string Found, string What, string Fix, string Fixed, bool IsFixed);
