using System.Collections.Immutable;

namespace SchoolInfra.Reports.Plan;

/// <summary>Who must approve a pull request, as the policy's own approver rules say.</summary>
/// <param name="Approvers">"the headteacher (Mrs H. Ashcombe)" or "the headteacher (...) or the second responsible person (...)".</param>
/// <param name="Roles">The roles that may approve, as the settings name them (<c>headteacher</c>, <c>secondResponsiblePerson</c>).</param>
/// <param name="HeadteacherOnly">Whether only the headteacher may approve.</param>
/// <param name="Reason">Why, in one or two sentences.</param>
/// <param name="AlsoNeeded">Others who must approve too (the approver a waiver needs), one sentence each.</param>
/// <param name="HowToRecord">How the approval is given: on GitHub.</param>
public sealed record ApprovalNeeded(
    string Approvers,
    ImmutableArray<string> Roles,
    bool HeadteacherOnly,
    string Reason,
    ImmutableArray<string> AlsoNeeded,
    string HowToRecord);
