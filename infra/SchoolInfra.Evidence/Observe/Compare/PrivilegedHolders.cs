using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Who may hold a privileged directory role (IAM-04): the emergency accounts, the named members of administrator
/// groups and those groups themselves. One answer for the drift comparison and the IAM-04 rule, so both call the same
/// holder "undeclared".
/// </summary>
public static class PrivilegedHolders
{
    /// <summary>The role holders the stack file does not declare, in the snapshot's order.</summary>
    public static ImmutableArray<ObservedRoleHolder> Undeclared(TenantSnapshot snapshot, DeclaredTenant declared)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(declared);
        var accounts = declared.PrivilegedAccounts;
        var adminGroupIds = snapshot.Groups
            .Where(g => g.Key is { } key && declared.Groups.Any(d => d.Administrators && d.Key == key))
            .Select(g => g.Id)
            .ToHashSet(StringComparer.Ordinal);
        return [.. snapshot.RoleHolders.Where(holder => !(holder.Principal.Kind switch
        {
            PrincipalKind.User => holder.Principal.UserPrincipalName is { } upn && accounts.Contains(upn.ToUpperInvariant()),
            PrincipalKind.Group => adminGroupIds.Contains(holder.Principal.Id),
            _ => false,
        }))];
    }

    /// <summary>
    /// Members of the school's administrator groups that the stack file does not name, as (group key, account name),
    /// for groups whose members were read; groups filled by a rule are left out (their members are not listed).
    /// </summary>
    public static ImmutableArray<(string Group, string Account)> UndeclaredMembers(TenantSnapshot snapshot, DeclaredTenant declared)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(declared);
        return [.. snapshot.Groups
            .Where(g => g.MembersRead && g.Key is not null)
            .Select(g => (Live: g, Declared: declared.Groups.FirstOrDefault(d => d.Key == g.Key)))
            .Where(g => g.Declared is { Administrators: true, Dynamic: false })
            .SelectMany(g => g.Live.Members.Select(m => m.Label)
                .Where(m => !(g.Declared?.Members.Contains(m, StringComparer.OrdinalIgnoreCase) ?? false))
                .Order(StringComparer.OrdinalIgnoreCase)
                .Select(m => (g.Declared?.Key ?? string.Empty, m)))];
    }
}
