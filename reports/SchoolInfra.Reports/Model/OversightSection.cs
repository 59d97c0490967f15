using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// What governors must oversee beyond the controls: incidents this term, the last yearly review's actions, failures
/// found by the termly checks and when they were fixed, and training by group, with the extra training of the people
/// who hold filtering and monitoring roles.
/// </summary>
public sealed record OversightSection(
    string IncidentsSummary,
    ImmutableArray<IncidentLine> Incidents,
    string ReviewSummary,
    ImmutableArray<ReviewActionLine> ReviewActions,
    string ChecksSummary,
    ImmutableArray<CheckFailureLine> CheckFailures,
    string TrainingSummary,
    ImmutableArray<TrainingLine> Training,
    ImmutableArray<string> EnhancedTraining);
