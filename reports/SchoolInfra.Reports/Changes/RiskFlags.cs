namespace SchoolInfra.Reports.Changes;

/// <summary>What each risk flag is called in a summary, and which flags only the headteacher may approve.</summary>
public static class RiskFlags
{
    public static string Label(RiskFlag flag) => flag switch
    {
        RiskFlag.MfaWeakened => "MFA weakened",
        RiskFlag.SignInWeakened => "Sign-in rules weakened",
        RiskFlag.FilteringLoosened => "Filtering loosened",
        RiskFlag.ExceptionAdded => "Filtering exception added or extended",
        RiskFlag.AdminAdded => "Administrator added",
        RiskFlag.BackupRetentionCut => "Backup retention cut",
        RiskFlag.BackupWeakened => "Backups weakened",
        RiskFlag.ImmutabilityChanged => "Backup immutability changed",
        RiskFlag.LoggingReduced => "Logging or monitoring reduced",
        RiskFlag.DeviceBaselineWeakened => "Device baseline weakened",
        RiskFlag.ApproversChanged => "Approvers changed",
        RiskFlag.ControlWaived => "Control waived",
        RiskFlag.DataReclassified => "Personal data reclassified",
        _ => flag.ToString(),
    };

    /// <summary>
    /// Higher-risk flags need the headteacher. A time-limited filtering exception is the everyday case the
    /// policies let the second responsible person approve as well (CHG-01, FIL-10).
    /// </summary>
    public static bool NeedsHeadteacher(RiskFlag flag) => flag != RiskFlag.ExceptionAdded;
}
