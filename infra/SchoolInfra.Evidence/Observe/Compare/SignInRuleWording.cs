using System.Collections.Immutable;
using SchoolInfra.Evidence.Observe.Graph;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// What a live sign-in rule does, in one or two plain sentences a headteacher can read: "Excludes SLT from MFA.
/// Requires MFA for everyone except SLT, in every app. It is report-only, so it enforces nothing."
/// </summary>
internal sealed class SignInRuleWording(TenantSnapshot snapshot, string namePrefix, ImmutableHashSet<string> breakGlassIds)
{
    // TenantSnapshot.NameOf searches lists; a large tenant names thousands of principals, so index them once.
    private readonly Dictionary<string, string> _names = snapshot.Groups.Select(g => (g.Id, Name: g.DisplayName))
        .Concat(snapshot.Principals.Select(p => (p.Id, Name: p.Label)))
        .GroupBy(n => n.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);

    public string Describe(ObservedSignInRule rule)
    {
        var excluded = Excluded(rule);
        var sentences = new List<string>();
        if (rule.RequiresMfa && excluded.Count > 0)
        {
            sentences.Add($"Excludes {List(excluded)} from MFA.");
        }

        var except = excluded.Count > 0 ? $" except {List(excluded)}" : string.Empty;
        var apps = rule.AllApplications ? ", in every app" : rule.IncludeApplications.IsEmpty ? string.Empty : $", in {rule.IncludeApplications.Length} app(s)";
        sentences.Add($"{Action(rule)} for {Who(rule)}{except}{apps}.");
        sentences.Add(rule.State switch
        {
            SignInRuleState.ReportOnly => "It is report-only, so it enforces nothing.",
            SignInRuleState.Disabled => "It is switched off.",
            _ => "It is on.",
        });
        return string.Join(" ", sentences);
    }

    /// <summary>Who a rule leaves out, by name, other than the emergency accounts (which every rule must leave out).</summary>
    public List<string> Excluded(ObservedSignInRule rule) =>
    [
        .. rule.ExcludeGroups.Select(Name),
        .. rule.ExcludeUsers.Where(u => !breakGlassIds.Contains(u) && u is not "None").Select(Name),
        .. rule.ExcludeRoles.Select(Role),
    ];

    public string Name(string id)
    {
        var name = _names.GetValueOrDefault(id) ?? id;
        return namePrefix.Length > 0 && name.StartsWith(namePrefix, StringComparison.Ordinal) && name.Length > namePrefix.Length
            ? name[namePrefix.Length..]
            : name;
    }

    private static string Role(string id) => PrivilegedRoles.All.TryGetValue(id, out var name) ? $"the {name} role" : $"the role {id}";

    private static string Action(ObservedSignInRule rule)
    {
        if (rule.Blocks)
        {
            return "Blocks sign-in";
        }

        if (rule.RequiresMfa)
        {
            return rule.AuthenticationStrengthId is not null ? "Requires a set strength of MFA" : "Requires MFA";
        }

        if (rule.FilteringProfileId is not null)
        {
            return "Applies a web filtering profile";
        }

        return rule.BuiltInControls.IsEmpty
            ? "Adds no check at sign-in"
            : $"Requires {string.Join(" or ", rule.BuiltInControls)}";
    }

    private string Who(ObservedSignInRule rule)
    {
        var who = new List<string>();
        foreach (var user in rule.IncludeUsers)
        {
            who.Add(user switch
            {
                "All" => "everyone",
                "GuestsOrExternalUsers" => "guests and external users",
                "None" => "nobody",
                _ => Name(user),
            });
        }

        who.AddRange(rule.IncludeGroups.Select(Name));
        who.AddRange(rule.IncludeRoles.Select(Role));
        return who.Count == 0 ? "nobody" : List(who);
    }

    private static string List(List<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };
}
