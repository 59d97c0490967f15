namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>What the approval evidence of one merged change amounts to (CHG-01, CHG-02).</summary>
public enum ApprovalOutcome
{
    /// <summary>Approved on GitHub by the headteacher or the second responsible person, who neither made nor asked for it.</summary>
    Approved,

    /// <summary>The only approval by an approver came from the person who made or asked for the change.</summary>
    OwnChange,

    /// <summary>Approved on GitHub, but only by people who held no approver role that day.</summary>
    NotAnApprover,

    /// <summary>Merged through a pull request that nobody approved (a typed Approved-by line does not count).</summary>
    NoApproval,

    /// <summary>Pushed straight to the branch, without a pull request.</summary>
    NoPullRequest,

    /// <summary>GitHub was not read, so nobody's approval was checked.</summary>
    NotChecked,
}
