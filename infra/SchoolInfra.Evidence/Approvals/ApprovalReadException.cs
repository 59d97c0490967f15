namespace SchoolInfra.Evidence.Approvals;

/// <summary>GitHub's reviews could not be read. The message is plain words for a report, never a token or a stack trace.</summary>
public sealed class ApprovalReadException : Exception
{
    public ApprovalReadException()
    {
    }

    public ApprovalReadException(string message)
        : base(message)
    {
    }

    public ApprovalReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
