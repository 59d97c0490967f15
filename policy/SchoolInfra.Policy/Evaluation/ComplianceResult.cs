using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;

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
    /// <summary>The validated settings the findings were made from; null when they had errors.</summary>
    public SchoolConfig? Config { get; init; }

    /// <summary>The desired state the findings were made from; null when the settings had errors.</summary>
    public DesiredState? Desired { get; init; }

    /// <summary>The Pulumi template the settings compile to; null when they had errors.</summary>
    public string? Template { get; init; }

    /// <summary>The drift check the findings used; null when none ran.</summary>
    public SchoolInfra.Evidence.Drift.DriftResult? Drift { get; init; }

    /// <summary>The tenant read the live parts were judged on, or null when none was saved.</summary>
    public SchoolInfra.Evidence.Observe.TenantSnapshot? Observed { get; init; }

    /// <summary>The school's records as loaded.</summary>
    public RecordSet Records { get; init; } = RecordSet.Empty;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>DESIGN.md: 1 on errors; 2 when any control is not met or partial or any record is overdue; else 0.</summary>
    public int ExitCode => HasErrors ? 1
        : Findings.Any(f => f.NeedsAction) || Schedule.Any(s => s.IsOverdue) ? 2
        : 0;

    public int Count(FindingStatus status) => Findings.Count(f => f.Status == status);
}
