namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// How much a drift item matters: the highest severity among the controls its resource carries (the catalogue's
/// severity, passed in by the caller because the catalogue lives in Policy), High for unreadable resources (fail
/// closed), Low when the resource carries no control.
/// </summary>
public enum DriftSeverity
{
    Low,
    Medium,
    High,
}
