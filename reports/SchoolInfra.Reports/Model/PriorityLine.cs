namespace SchoolInfra.Reports.Model;

/// <summary>A control to fix first: its id, title, status, what to do and who acts.</summary>
public sealed record PriorityLine(string Id, string Title, string StatusLabel, string Action, string ActionBy);
