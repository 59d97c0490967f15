namespace SchoolInfra.Policy.Evaluation;

/// <summary>How statuses combine: the worst part of a control decides (reference/controls.md section 1).</summary>
public static class FindingStatuses
{
    /// <summary>Higher is worse: not met, partial, no evidence, then met and waived.</summary>
    public static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.NotMet => 4,
        FindingStatus.Partial => 3,
        FindingStatus.NoEvidence => 2,
        FindingStatus.Waived => 1,
        _ => 0,
    };

    public static FindingStatus Worst(FindingStatus a, FindingStatus b) => Rank(a) >= Rank(b) ? a : b;

    /// <summary>The words reports print, e.g. "not met".</summary>
    public static string Words(FindingStatus status) => status switch
    {
        FindingStatus.Met => "met",
        FindingStatus.NotMet => "not met",
        FindingStatus.Partial => "partial",
        FindingStatus.NoEvidence => "no evidence",
        _ => "waived",
    };

    /// <summary>The value JSON output uses, e.g. "notMet".</summary>
    public static string Key(FindingStatus status) => status switch
    {
        FindingStatus.Met => "met",
        FindingStatus.NotMet => "notMet",
        FindingStatus.Partial => "partial",
        FindingStatus.NoEvidence => "noEvidence",
        _ => "waived",
    };
}
