namespace SchoolInfra.Evidence.Observe;

public enum PrincipalKind
{
    User,
    Group,
    ServicePrincipal,
    Other,
}
