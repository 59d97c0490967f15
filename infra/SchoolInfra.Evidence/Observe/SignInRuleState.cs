namespace SchoolInfra.Evidence.Observe;

/// <summary>Graph's <c>state</c>: enabled, disabled, or report-only (<c>enabledForReportingButNotEnforced</c>).</summary>
public enum SignInRuleState
{
    Enabled,
    Disabled,
    ReportOnly,
}
