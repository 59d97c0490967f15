namespace SchoolInfra.Reports.Model;

/// <summary>One late item: what it is, what was found, what to do and who acts.</summary>
public sealed record OverdueLine(string What, string Detail, string Action, string ActionBy);
