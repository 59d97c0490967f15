using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// The product of <c>validate</c>: config, catalogue and record diagnostics, one finding per control (catalogue
/// order) and where each scheduled record stands. Findings are empty when there were errors.
/// </summary>
public sealed record ComplianceResult(
    string Stack,
    string SchoolName,
    LocalDate Today,
    ControlCatalogue Catalogue,
    ImmutableArray<Finding> Findings,
    ImmutableArray<RecordDue> Schedule,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>DESIGN.md: 1 on errors; 2 when any control is not met or partial or any record is overdue; else 0.</summary>
    public int ExitCode => HasErrors ? 1
        : Findings.Any(f => f.NeedsAction) || Schedule.Any(s => s.IsOverdue) ? 2
        : 0;

    public int Count(FindingStatus status) => Findings.Count(f => f.Status == status);
}
