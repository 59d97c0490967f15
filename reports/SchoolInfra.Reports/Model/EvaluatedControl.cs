using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// A catalogue control with its finding (null when nobody evaluated it) and what the result rests on. A control counts
/// as checked live only when the report's inputs include a live read (<paramref name="LiveRead"/>) and its finding
/// does not list the live systems among what it could not look at: fail closed.
/// </summary>
internal sealed record EvaluatedControl(Control Control, FindingStatus Status, Finding? Finding, int Order, bool LiveRead)
{
    public ControlBasis Basis
    {
        get
        {
            if (Finding is null || Status == FindingStatus.NoEvidence)
            {
                return ControlBasis.None;
            }

            var kinds = Control.Evidence;
            // A pending live-check line means the read did not cover the control's live part (fail closed).
            if (LiveRead && kinds.Contains(EvidenceKind.Tenant) && !Finding.Unchecked.Contains(EvidenceKind.Tenant) && Finding.LiveCheckLine is null)
            {
                return ControlBasis.Live;
            }

            return kinds.Contains(EvidenceKind.Record) ? ControlBasis.Records : ControlBasis.Settings;
        }
    }

    /// <summary>Not met or partly met first, then high importance first, then catalogue order.</summary>
    public int Rank => Status switch
    {
        FindingStatus.NotMet => 0,
        FindingStatus.Partial => 1,
        FindingStatus.NoEvidence => 2,
        _ => 3,
    };
}
