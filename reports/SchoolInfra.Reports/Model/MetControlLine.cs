namespace SchoolInfra.Reports.Model;

/// <summary>One met control in the compact table: no card, no repeated sentences.</summary>
/// <param name="Id">"MFA-01".</param>
/// <param name="Title">Its short title.</param>
/// <param name="Area">Its area, e.g. "Backups".</param>
/// <param name="Basis">What the result rests on: "Live check", "Records" or "Settings".</param>
/// <param name="StartsArea">The first met control of its area, so the table prints the area's name above it.</param>
public sealed record MetControlLine(string Id, string Title, string Area, string Basis, bool StartsArea = false);
