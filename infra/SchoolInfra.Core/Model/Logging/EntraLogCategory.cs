
namespace SchoolInfra.Core.Model.Logging;

public enum EntraLogCategory
{
    AuditLogs,
    SignInLogs,
    NonInteractiveUserSignInLogs,
    ServicePrincipalSignInLogs,
    ManagedIdentitySignInLogs,
    ProvisioningLogs,
    RiskyUsers,
    UserRiskEvents,
}
