namespace SchoolInfra.Policy.Rules;

/// <summary>Where a termly duty stands today.</summary>
public enum TermlyState
{
    /// <summary>Done for the term that is open now (or, between terms, for the term just ended).</summary>
    Done,

    /// <summary>Not done yet this term, but not overdue: an earlier record exists.</summary>
    Due,

    /// <summary>No record at all yet, and none overdue: "no evidence".</summary>
    Missing,

    /// <summary>The last term ended more than 14 days ago without a record: "not met".</summary>
    Overdue,
}
