using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Changes;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Everything the governors' report is made from. Observed state (what the live systems show) joins when drift
/// detection exists; until then the report says the live systems have not been checked.
/// </summary>
/// <param name="StackName">The stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="Config">The school's validated settings.</param>
/// <param name="Desired">The desired state built from them.</param>
/// <param name="Catalogue">The controls, in catalogue order; empty when the catalogue is not available.</param>
/// <param name="Findings">One finding per evaluated control.</param>
/// <param name="Records">The school's dated evidence.</param>
/// <param name="Schedule">Where each scheduled record stands (done, due, overdue, missing).</param>
/// <param name="Changes">Commits to the school's files this term, described.</param>
/// <param name="Today">The date the report describes (from the injected clock).</param>
/// <param name="HistoryAvailable">Whether the git history could be read; when not, the report says so instead of
/// claiming nothing changed.</param>
/// <param name="ObservedOn">When the live systems were last read for these findings (a refresh or tenant read); null when
/// they were not, and then no control is presented as checked live.</param>
/// <param name="Meeting">The governors' meeting that receives the report, when known.</param>
/// <param name="SignedBy">Who signs the report off by approving its pull request (the chair of governors unless the
/// school names the headteacher).</param>
public sealed record ReportInputs(
    string StackName,
    SchoolConfig Config,
    DesiredState Desired,
    ImmutableArray<Control> Catalogue,
    ImmutableArray<Finding> Findings,
    RecordSet Records,
    ImmutableArray<RecordDue> Schedule,
    ImmutableArray<CommittedChange> Changes,
    LocalDate Today,
    bool HistoryAvailable = true,
    LocalDate? ObservedOn = null,
    LocalDate? Meeting = null,
    SchoolRole SignedBy = SchoolRole.ChairOfGovernors)
{
    /// <summary>Who approved each change, from GitHub's reviews; null when the approvals were not read at all.</summary>
    public ApprovalEvidence? Approvals { get; init; }
}
