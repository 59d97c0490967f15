using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Logging;

public sealed record LoggingConfig : ConfigRecord
{
    [Format(ValueFormat.AzureName)]
    [StringLength(63, MinimumLength = 4)]
    public required string WorkspaceName { get; init; }

    [Description("Days the workspace keeps logs (LOG-02). The school's policy and the catalogue ask for at least 365.")]
    [Range(30, 730)]
    public int RetentionDays { get; init; } = 365;

    [Description("Entra log categories copied to the workspace (LOG-01).")]
    public ImmutableArray<EntraLogCategory> EntraLogs { get; init; } =
    [
        EntraLogCategory.AuditLogs,
        EntraLogCategory.SignInLogs,
        EntraLogCategory.NonInteractiveUserSignInLogs,
        EntraLogCategory.ServicePrincipalSignInLogs,
        EntraLogCategory.ManagedIdentitySignInLogs,
        EntraLogCategory.ProvisioningLogs,
    ];

    [Description("Changes that raise an alert at once (LOG-03).")]
    public ImmutableArray<AlertTrigger> Alerts { get; init; } =
    [
        AlertTrigger.BreakGlassSignIn,
        AlertTrigger.ConditionalAccessChanged,
        AlertTrigger.PrivilegedRoleAssigned,
        AlertTrigger.BackupSecurityChanged,
    ];

    [Description("Roles the alerts reach.")]
    public required ImmutableArray<SchoolRole> AlertRoles { get; init; }

    [Format(ValueFormat.Email)]
    public required string AlertEmail { get; init; }
}
