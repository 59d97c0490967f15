
namespace SchoolInfra.Core.Model.Logging;

public enum AlertTrigger
{
    BreakGlassSignIn,
    ConditionalAccessChanged,
    PrivilegedRoleAssigned,
    BackupSecurityChanged,
}
