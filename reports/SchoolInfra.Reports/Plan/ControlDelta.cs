namespace SchoolInfra.Reports.Plan;

/// <summary>What a change does to one control, as the policy judges the settings before and after it.</summary>
/// <param name="Id">The control, e.g. <c>MFA-01</c>.</param>
/// <param name="Title">What it asks, from the catalogue.</param>
/// <param name="Before">Its status before the change, in words ("met").</param>
/// <param name="After">Its status after the change ("not met").</param>
/// <param name="Direction">worse, better or changed (the same rank, e.g. partial for a different reason).</param>
/// <param name="Sentence">"MFA-01 goes from met to not met."</param>
/// <param name="Why">The policy's own summary of the control after the change: the problem, or the waiver with its reason.</param>
/// <param name="Severity">high, medium or low.</param>
public sealed record ControlDelta(string Id, string Title, string Before, string After, string Direction, string Sentence, string Why, string Severity)
{
    public bool IsWorse => Direction == "worse";
}
