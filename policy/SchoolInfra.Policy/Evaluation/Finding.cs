using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// The result of checking one control: its status, the evidence lines used (plain English, no secrets or pupil
/// names), the source location a fix would change, and for anything not met what to do and who acts.
/// </summary>
public sealed record Finding(
    string ControlId,
    FindingStatus Status,
    string Summary,
    ImmutableArray<string> Evidence,
    SourceSpan Location,
    string? Action = null,
    SchoolRole? ActionBy = null);
