namespace SchoolInfra.Core.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
