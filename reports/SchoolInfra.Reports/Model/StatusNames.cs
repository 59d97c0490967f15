using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Reports.Model;

/// <summary>Finding statuses and severities as the report shows them, in the order the summary lists them.</summary>
public static class StatusNames
{
    public static IReadOnlyList<FindingStatus> Order { get; } =
        [FindingStatus.Met, FindingStatus.NotMet, FindingStatus.Partial, FindingStatus.NoEvidence, FindingStatus.Waived];

    /// <summary>The CSS class: met, not-met, partial, no-evidence, waived.</summary>
    public static string Key(FindingStatus status) => status switch
    {
        FindingStatus.Met => "met",
        FindingStatus.NotMet => "not-met",
        FindingStatus.Partial => "partial",
        FindingStatus.NoEvidence => "no-evidence",
        FindingStatus.Waived => "waived",
        _ => status.ToString(),
    };

    public static string Label(FindingStatus status) => status switch
    {
        FindingStatus.Met => "Met",
        FindingStatus.NotMet => "Not met",
        FindingStatus.Partial => "Partly met",
        FindingStatus.NoEvidence => "No evidence yet",
        FindingStatus.Waived => "Waived",
        _ => status.ToString(),
    };

    /// <summary>How a count reads in a sentence: "5 are met", "1 is not met".</summary>
    public static string CountPhrase(FindingStatus status, int count)
    {
        var verb = count == 1 ? "is" : "are";
        var has = count == 1 ? "has" : "have";
        return status switch
        {
            FindingStatus.Met => $"{count} {verb} met",
            FindingStatus.NotMet => $"{count} {verb} not met",
            FindingStatus.Partial => $"{count} {verb} partly met",
            FindingStatus.NoEvidence => $"{count} {has} no evidence yet",
            FindingStatus.Waived => $"{count} {verb} waived",
            _ => $"{count} {status}",
        };
    }

    public static string Importance(ControlSeverity severity) => severity switch
    {
        ControlSeverity.High => "High",
        ControlSeverity.Medium => "Medium",
        ControlSeverity.Low => "Low",
        _ => severity.ToString(),
    };
}
