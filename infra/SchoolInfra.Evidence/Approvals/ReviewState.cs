namespace SchoolInfra.Evidence.Approvals;

/// <summary>What a pull-request review on GitHub said (the API's <c>state</c>).</summary>
public enum ReviewState
{
    Approved,
    ChangesRequested,
    Commented,
    Dismissed,
    Pending,
}
