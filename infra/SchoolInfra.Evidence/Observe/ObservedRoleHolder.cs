namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// One active assignment of a privileged directory role (<c>GET /roleManagement/directory/roleAssignments</c> with
/// <c>$expand=principal</c>). The assignment's own id is not kept: role, principal and scope are the key.
/// </summary>
public sealed record ObservedRoleHolder(string RoleDefinitionId, string RoleName, ObservedPrincipal Principal, string DirectoryScopeId);
