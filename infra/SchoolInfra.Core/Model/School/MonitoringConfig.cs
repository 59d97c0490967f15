using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

/// <summary>MON-01: how monitoring is done and who hears about concerns.</summary>
public sealed record MonitoringConfig : ConfigRecord
{
    public required ImmutableArray<MonitoringMethod> Methods { get; init; }

    [Description("Roles that receive high-risk alerts at once. Include the DSL and a deputy.")]
    public required ImmutableArray<SchoolRole> HighRiskAlertsTo { get; init; }

    [Description("Role that reviews monitoring reports each week in term time.")]
    public SchoolRole WeeklyReviewBy { get; init; } = SchoolRole.Dsl;

    [Description("Version of the acceptable use policy in force, e.g. \"2026-09\".")]
    public required string AupVersion { get; init; }

    [Description("Users are told that their use is monitored (sign-in page text or AUP).")]
    public bool UsersToldTheyAreMonitored { get; init; }
}
