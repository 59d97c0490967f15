namespace SchoolInfra.Reports.Model;

/// <summary>One waiver. Its free-text reason stays in the settings file.</summary>
public sealed record WaiverLine(
    string ControlId,
    string ControlTitle,
    string ApprovedBy,
    string ApprovedOn,
    string ExpiresOn,
    string State,
    bool IsExpired);
