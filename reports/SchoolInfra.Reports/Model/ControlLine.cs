using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>One control that needs a governor's eye (not met, partly met, not checked or waived), as a card.</summary>
/// <param name="Id">The control id, e.g. "MFA-01".</param>
/// <param name="Title">Its short title.</param>
/// <param name="Area">Its area, e.g. "Backups".</param>
/// <param name="StatusKey">CSS class of the status.</param>
/// <param name="StatusLabel">"Not met", "Partly met", "No evidence yet" or "Waived".</param>
/// <param name="Importance">"High", "Medium" or "Low".</param>
/// <param name="Found">What the check found, one line per problem, most serious first; a change found on the live
/// systems is not repeated here (see <see cref="LiveChanges"/>).</param>
/// <param name="Evidence">The evidence it used, with internal keys replaced by plain names.</param>
/// <param name="Action">What to do about the first problem that is not a change found on the live systems; empty when
/// nothing else is needed (the front page lists every action).</param>
/// <param name="ActionBy">Who acts; empty when nothing is needed.</param>
/// <param name="DueBy">By when; empty when nothing is needed.</param>
public sealed record ControlLine(
    string Id,
    string Title,
    string Area,
    string StatusKey,
    string StatusLabel,
    string Importance,
    ImmutableArray<string> Found,
    ImmutableArray<string> Evidence,
    string Action,
    string ActionBy,
    string DueBy)
{
    public bool NeedsAction => Action.Length > 0;

    /// <summary>The front page's actions for the changes found on the live systems that affect this control, instead of
    /// repeating what each change is.</summary>
    public ImmutableArray<ActionReference> LiveChanges { get; init; } = [];

    /// <summary>The front page's action for <see cref="Action"/>, so the card says "see action 7" instead of repeating it.</summary>
    public ActionReference? ToDo { get; init; }
}
