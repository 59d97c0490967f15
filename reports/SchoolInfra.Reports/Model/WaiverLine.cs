namespace SchoolInfra.Reports.Model;

/// <summary>One waiver: the control, the problem it covers, why, who approved it and when it ends.</summary>
public sealed record WaiverLine(
    string ControlId,
    string ControlTitle,
    string Problem,
    string Reason,
    string ApprovedBy,
    string ApprovedOn,
    string ExpiresOn,
    string State,
    bool IsExpired);
