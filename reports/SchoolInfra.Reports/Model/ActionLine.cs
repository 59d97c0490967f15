namespace SchoolInfra.Reports.Model;

/// <summary>One thing to fix, as the front page lists it: most serious first, each with who acts and by when.</summary>
/// <param name="What">What it is about, e.g. "BAK-01: Three backup copies of each kind of data" or "Yearly review of filtering and monitoring".</param>
/// <param name="Problem">What is wrong, in one sentence.</param>
/// <param name="Action">What to do, in one sentence.</param>
/// <param name="ActionBy">Who acts, e.g. "The IT provider (Example Schools IT Ltd)".</param>
/// <param name="DueBy">By when, e.g. "7 Dec 2026".</param>
/// <param name="Importance">"High", "Medium" or "Low".</param>
public sealed record ActionLine(string What, string Problem, string Action, string ActionBy, string DueBy, string Importance)
{
    /// <summary>The HTML id cards link to, <c>action-N</c> for the Nth action.</summary>
    public string Anchor { get; init; } = string.Empty;

    /// <summary>For a change found on the live systems, its key (<c>live-change-N</c>); empty for other actions.</summary>
    public string LiveChange { get; init; } = string.Empty;

    /// <summary>The control whose problem this is, so its card can point here instead of repeating it; empty otherwise.</summary>
    public string ControlId { get; init; } = string.Empty;
}
