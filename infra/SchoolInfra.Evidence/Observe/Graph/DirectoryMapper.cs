using Microsoft.Graph.Models;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>A directory object (user, group, service principal) as a snapshot principal.</summary>
internal static class DirectoryMapper
{
    public static ObservedPrincipal Principal(DirectoryObject? o) => o switch
    {
        User u => new ObservedPrincipal(u.Id ?? string.Empty, PrincipalKind.User, u.DisplayName ?? string.Empty, u.UserPrincipalName),
        Group g => new ObservedPrincipal(g.Id ?? string.Empty, PrincipalKind.Group, g.DisplayName ?? string.Empty),
        ServicePrincipal s => new ObservedPrincipal(s.Id ?? string.Empty, PrincipalKind.ServicePrincipal, s.DisplayName ?? string.Empty),
        null => new ObservedPrincipal(string.Empty, PrincipalKind.Other, "an object Graph did not describe"),
        _ => new ObservedPrincipal(o.Id ?? string.Empty, PrincipalKind.Other, o.OdataType ?? "a directory object"),
    };
}
