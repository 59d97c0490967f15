using System.Runtime.Serialization;

namespace SchoolInfra.Evidence.Records;

/// <summary>Kinds of dated evidence kept in schools/&lt;stack&gt;/records/ (reference/controls.md section 1).</summary>
public enum RecordKind
{
    [EnumMember(Value = "fm-review")]
    FmReview,
    [EnumMember(Value = "fm-check")]
    FmCheck,
    [EnumMember(Value = "access-review")]
    AccessReview,
    [EnumMember(Value = "restore-test")]
    RestoreTest,
    [EnumMember(Value = "training")]
    Training,
    [EnumMember(Value = "risk-assessment")]
    RiskAssessment,
    [EnumMember(Value = "continuity-test")]
    ContinuityTest,
    [EnumMember(Value = "incident-log")]
    IncidentLog,
    [EnumMember(Value = "provider-attestation")]
    ProviderAttestation,
    [EnumMember(Value = "boundary-device")]
    BoundaryDevice,
    [EnumMember(Value = "licence-reconciliation")]
    LicenceReconciliation,
    [EnumMember(Value = "policy-approval")]
    PolicyApproval,
    [EnumMember(Value = "break-glass-custody")]
    BreakGlassCustody,
    [EnumMember(Value = "aup-acceptance")]
    AupAcceptance,
    [EnumMember(Value = "monitoring-review")]
    MonitoringReview,
    [EnumMember(Value = "emergency-change")]
    EmergencyChange,

    /// <summary>CHG-03: the headteacher (or second responsible person) reviewed the term's filtering changes.</summary>
    [EnumMember(Value = "change-review")]
    ChangeReview,

    /// <summary>IAM-06: the approved secure routes for sending personal data out of school.</summary>
    [EnumMember(Value = "data-protection")]
    DataProtection,

    /// <summary>REV-08: the yearly audit of what training each group needs.</summary>
    [EnumMember(Value = "training-needs-audit")]
    TrainingNeedsAudit,

    /// <summary>REV-09: the safeguarding governor's termly review of the incident and filtering logs.</summary>
    [EnumMember(Value = "governor-log-review")]
    GovernorLogReview,

    /// <summary>DEV-13: the yearly check that servers, wireless and cabling are physically secure.</summary>
    [EnumMember(Value = "physical-security")]
    PhysicalSecurity,

    /// <summary>The governors' report as issued: date, findings summary and checksum; merging it is the sign-off.</summary>
    [EnumMember(Value = "report-issue")]
    ReportIssue,
}
