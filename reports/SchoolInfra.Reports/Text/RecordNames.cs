using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Reports.Text;

/// <summary>The school's records in plain words, and the role that usually makes each one (reference/controls.md).</summary>
public static class RecordNames
{
    public static string Of(RecordKind kind) => kind switch
    {
        RecordKind.FmReview => "Yearly review of filtering and monitoring",
        RecordKind.FmCheck => "Termly check that filtering and monitoring work",
        RecordKind.AccessReview => "Review of who has access to what",
        RecordKind.RestoreTest => "Test that backups can be restored",
        RecordKind.Training => "Staff and governor training",
        RecordKind.RiskAssessment => "Cyber risk assessment",
        RecordKind.ContinuityTest => "Test of the plan for carrying on after an attack",
        RecordKind.IncidentLog => "Log of security and online-safety incidents",
        RecordKind.ProviderAttestation => "Filtering provider's statement of what it blocks",
        RecordKind.BoundaryDevice => "Check of the school's firewall and network kit",
        RecordKind.LicenceReconciliation => "Check of software licences",
        RecordKind.PolicyApproval => "Governors' approval of the security policy",
        RecordKind.BreakGlassCustody => "Check of the sealed emergency accounts",
        RecordKind.AupAcceptance => "Acceptance of the acceptable use policy",
        RecordKind.MonitoringReview => "Review of monitoring reports",
        RecordKind.EmergencyChange => "Emergency change",
        RecordKind.ChangeReview => "Review of this term's filtering changes",
        RecordKind.DataProtection => "List of approved ways to send personal data",
        RecordKind.TrainingNeedsAudit => "Audit of what training each group needs",
        RecordKind.GovernorLogReview => "Safeguarding governor's review of the logs",
        RecordKind.PhysicalSecurity => "Check that servers, Wi-Fi and cabling are locked away",
        RecordKind.ReportIssue => "Issued governors' report",
        _ => kind.ToString(),
    };

    /// <summary>Who should make the record.</summary>
    public static SchoolRole Owner(RecordKind kind) => kind switch
    {
        RecordKind.FmReview or RecordKind.FmCheck => SchoolRole.FmSltLead,
        RecordKind.AccessReview or RecordKind.RiskAssessment or RecordKind.ContinuityTest or RecordKind.IncidentLog => SchoolRole.SltDigitalLead,
        RecordKind.RestoreTest or RecordKind.ProviderAttestation or RecordKind.BoundaryDevice => SchoolRole.ItProvider,
        RecordKind.LicenceReconciliation => SchoolRole.BusinessManager,
        RecordKind.PolicyApproval => SchoolRole.ChairOfGovernors,
        RecordKind.MonitoringReview => SchoolRole.Dsl,
        RecordKind.DataProtection => SchoolRole.Dpo,
        RecordKind.TrainingNeedsAudit => SchoolRole.SltDigitalLead,
        RecordKind.GovernorLogReview => SchoolRole.SafeguardingGovernor,
        RecordKind.PhysicalSecurity => SchoolRole.BusinessManager,
        _ => SchoolRole.Headteacher,
    };
}
