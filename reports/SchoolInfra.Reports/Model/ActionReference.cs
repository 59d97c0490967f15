namespace SchoolInfra.Reports.Model;

/// <summary>A pointer from a control's card to an action on the front page, e.g. "see action 2".</summary>
/// <param name="Number">The action's number in the front page's list.</param>
/// <param name="Anchor">The action's HTML id.</param>
/// <param name="Separator">What goes before it in a list: empty for the first, then ", " and finally " and ".</param>
public sealed record ActionReference(int Number, string Anchor, string Separator);
