namespace SchoolInfra.Policy.Evaluation;

public enum FindingStatus
{
    Met,
    NotMet,
    Partial,
    NoEvidence,
    Waived,
}
