namespace SchoolInfra.Policy.Catalogue;

public enum ControlSeverity
{
    Low,
    Medium,
    High,
}
