namespace SchoolInfra.Reports.Plan;

/// <summary>A control the changes touch; the title is empty when the catalogue was not available.</summary>
public sealed record ControlTouched(string Id, string Title);
