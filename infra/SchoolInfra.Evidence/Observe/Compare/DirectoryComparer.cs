using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Who holds administrator rights (IAM-04): privileged role holders the stack file does not declare (only the
/// emergency accounts, the named members of administrator groups and those groups themselves may hold a role), and
/// members of the school's groups that the stack file does not name, or named members that are gone.
/// </summary>
internal static class DirectoryComparer
{
    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        RoleHolders(builder, declared);
        Groups(builder, declared);
    }

    private static void RoleHolders(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var snapshot = builder.Snapshot;
        if (snapshot.Area(ObservedArea.PrivilegedRoles).State == ReadState.Unknown)
        {
            return;
        }

        foreach (var holder in PrivilegedHolders.Undeclared(snapshot, declared))
        {
            var principal = holder.Principal;
            var what = principal.Kind switch
            {
                PrincipalKind.Group => "the group",
                PrincipalKind.ServicePrincipal => "the app",
                _ => "the account",
            };
            var resource = TenantDriftBuilder.Undeclared(
                $"graph:/roleManagement/directory/roleAssignments/{holder.RoleDefinitionId}/{principal.Id}{Scope(holder.DirectoryScopeId)}",
                "graph:roleAssignment", $"{principal.Label} as {holder.RoleName}", ["CHG-04", "IAM-04"]);
            builder.Unmanaged(resource, ObservationKind.MicrosoftGraph,
                $"The stack file does not give {what} this role: only the emergency accounts and the named members of administrator groups may hold administrator roles.");
        }
    }

    private static void Groups(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var snapshot = builder.Snapshot;
        var area = snapshot.Area(ObservedArea.Groups);
        if (area.State == ReadState.Unknown)
        {
            return;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in snapshot.Groups.Where(g => g.Key is not null))
        {
            var declaredGroup = declared.Groups.FirstOrDefault(d => d.Key == group.Key);
            if (declaredGroup is null)
            {
                continue;
            }

            found.Add(declaredGroup.Key);
            if (declaredGroup.Dynamic || !group.MembersRead)
            {
                continue;
            }

            var live = group.Members.Select(m => m.Label).ToList();
            if (TenantDriftBuilder.SetDifference("members", declaredGroup.Members, live, StringComparer.OrdinalIgnoreCase) is not { } difference)
            {
                continue;
            }

            var extra = live.Except(declaredGroup.Members, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var gone = declaredGroup.Members.Except(live, StringComparer.OrdinalIgnoreCase).ToList();
            var notes = new List<string>();
            if (extra.Count > 0)
            {
                notes.Add($"{(declaredGroup.Administrators ? "Members of an administrator group" : "Members")} the stack file does not name: {string.Join(", ", extra)}; the pipeline adds named members but does not remove others, so a person must.");
            }

            if (gone.Count > 0)
            {
                notes.Add($"Named members missing: {string.Join(", ", gone)}.");
            }

            var resource = builder.Declared(declaredGroup.Resource, $"graph:/groups/{group.Id}", declaredGroup.Administrators ? ["IAM-04", "CHG-04"] : ["CHG-04"]);
            builder.Changed(resource, [difference], extra.Count > 0 ? NextDeploy.LeavesAlone : NextDeploy.CreatesAgain,
                ObservationKind.MicrosoftGraph, string.Join(" ", notes));
        }

        if (area.State != ReadState.Complete)
        {
            return;
        }

        foreach (var missing in declared.Groups.Where(g => !found.Contains(g.Key)))
        {
            builder.Deleted(builder.Declared(missing.Resource, $"graph:group/{missing.Key}"), ObservationKind.MicrosoftGraph,
                "No group with this name was found in the tenant.");
        }
    }

    private static string Scope(string scope) => scope is "/" or "" ? string.Empty : $"?scope={scope}";
}
