namespace SchoolInfra.Reports.Model;

/// <summary>One action from the last yearly filtering and monitoring review (REV-01), with where it stands.</summary>
/// <param name="Action">What was agreed.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="Status">"Done on 8 Jan 2026", "Open: due by 16 Dec 2026" or "Late: was due by 13 Feb 2026".</param>
/// <param name="IsLate">Not done and past its due date.</param>
public sealed record ReviewActionLine(string Action, string Owner, string Status, bool IsLate);
