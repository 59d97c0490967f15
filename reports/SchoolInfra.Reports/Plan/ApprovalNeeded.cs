namespace SchoolInfra.Reports.Plan;

/// <summary>Who must approve.</summary>
/// <param name="Approvers">"the headteacher (Mrs H. Ashcombe)" or "the headteacher (...) or the second responsible person (...)".</param>
/// <param name="HeadteacherOnly">Whether only the headteacher may approve.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="HowToRecord">How the approval is written down (the Approved-by trailer).</param>
public sealed record ApprovalNeeded(string Approvers, bool HeadteacherOnly, string Reason, string HowToRecord);
