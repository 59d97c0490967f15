namespace SchoolInfra.Reports.Model;

/// <summary>One way a control's result was reached, with how many controls rest on it.</summary>
/// <param name="Basis">"Checked against the live systems", "Shown by the school's dated records", ...</param>
/// <param name="Count">How many controls.</param>
/// <param name="When">When that evidence is from, e.g. "Records from 16 Jun 2026 to 20 Nov 2026"; empty when not known.</param>
public sealed record CheckingRow(string Basis, int Count, string When);
