namespace SchoolInfra.Reports.Issue;

/// <summary>One open problem as an issued report recorded it: the control, the problem's key, its status and its words.</summary>
/// <param name="Control">"BAK-01".</param>
/// <param name="Problem">The problem's key within its control, e.g. <c>backup321</c>.</param>
/// <param name="Status">"not met", "partial" or "no evidence".</param>
/// <param name="Text">The problem in plain words, as governors read it.</param>
public sealed record IssuedProblem(string Control, string Problem, string Status, string Text)
{
    /// <summary>What makes two reports' problems the same one: the control and the problem's key.</summary>
    public string Identity => $"{Control}/{Problem}";
}
