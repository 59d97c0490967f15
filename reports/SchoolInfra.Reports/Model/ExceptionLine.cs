namespace SchoolInfra.Reports.Model;

/// <summary>One filtering exception, with the reason governors need to judge it (DfE-FM FM1: record why a site is allowed).</summary>
/// <param name="Site">The site, e.g. "youtube.com".</param>
/// <param name="Reason">Why it is unblocked, as the school wrote it.</param>
/// <param name="Groups">Who it is unblocked for, e.g. "Year 6 pupils".</param>
/// <param name="RequestedBy">The job title that asked, or a withheld placeholder.</param>
/// <param name="ApprovedBy">"the headteacher (Mrs H. Ashcombe)", or "Not approved".</param>
/// <param name="ApprovedOn">The approval date, or "Not approved".</param>
/// <param name="ExpiresOn">When it ends.</param>
/// <param name="State">"Live: ends in 26 days" or "Expired 31 days ago: remove it from the settings".</param>
/// <param name="IsExpired">Its end date has passed.</param>
/// <param name="IsApproved">An approver and date are recorded.</param>
public sealed record ExceptionLine(
    string Site,
    string Reason,
    string Groups,
    string RequestedBy,
    string ApprovedBy,
    string ApprovedOn,
    string ExpiresOn,
    string State,
    bool IsExpired,
    bool IsApproved);
