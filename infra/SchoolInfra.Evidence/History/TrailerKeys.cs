namespace SchoolInfra.Evidence.History;

/// <summary>
/// The trailers SchoolInfra reads from commits. <c>Approved-by</c> records the headteacher's (or named second
/// person's) approval, which is the change control the policies demand.
/// </summary>
public static class TrailerKeys
{
    public const string ApprovedBy = "Approved-by";
    public const string RequestedBy = "Requested-by";
    public const string ReviewedBy = "Reviewed-by";
    public const string CoAuthoredBy = "Co-authored-by";
}
