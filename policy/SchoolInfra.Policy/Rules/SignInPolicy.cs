using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// A Conditional Access policy of the desired state, read back into the few facts the MFA, password and guest
/// controls check (azuread ConditionalAccessPolicy properties, reference/resource-types.md section 1).
/// </summary>
public sealed record SignInPolicy(
    string Name,
    bool Enabled,
    ImmutableArray<string> IncludedUsers,
    ImmutableArray<string> IncludedGroups,
    ImmutableArray<string> ExcludedUsers,
    ImmutableArray<string> ClientApps,
    ImmutableArray<string> Applications,
    ImmutableArray<string> BuiltInControls,
    string? AuthenticationStrength,
    ImmutableArray<string> ExcludedLocations,
    SourceSpan Source)
{
    public static ImmutableArray<SignInPolicy> From(DesiredState desired) =>
        [.. desired.OfType(AzureAdTypes.ConditionalAccessPolicy).Select(Read)];

    public bool AllApplications => Applications.Contains("All");

    public bool AllClientApps => ClientApps.Contains("all");

    public bool RequiresMfa => BuiltInControls.Contains("mfa") || AuthenticationStrength is not null;

    public bool Blocks => BuiltInControls.Contains("block");

    public bool IsPhishingResistant => AuthenticationStrength == AzureAdTypes.PhishingResistantStrengthId;

    /// <summary>Covers a group by key: named in includedGroups, or every user is included.</summary>
    public bool Covers(string groupKey) => IncludedGroups.Contains(groupKey) || IncludedUsers.Contains("All");

    private static SignInPolicy Read(DesiredResource resource)
    {
        var p = resource.Properties;
        var conditions = p["conditions"] as PulumiObject;
        var users = conditions?["users"] as PulumiObject;
        var grant = p["grantControls"] as PulumiObject;
        var locations = conditions?["locations"] as PulumiObject;
        return new SignInPolicy(
            resource.LogicalName,
            (p["state"] as PulumiText)?.Value == "enabled",
            Texts(users?["includedUsers"]),
            [.. Expressions(users?["includedGroups"]).Select(GroupKey).OfType<string>()],
            Expressions(users?["excludedUsers"]),
            Texts(conditions?["clientAppTypes"]),
            Texts((conditions?["applications"] as PulumiObject)?["includedApplications"]),
            Texts(grant?["builtInControls"]),
            (grant?["authenticationStrengthPolicyId"] as PulumiText)?.Value,
            Texts(locations?["excludedLocations"]),
            resource.Source);
    }

    private static ImmutableArray<string> Texts(PulumiValue? value) =>
        value is PulumiList list ? [.. list.Items.OfType<PulumiText>().Select(t => t.Value)] : [];

    /// <summary>References written as <c>${name}</c> or <c>${name.property}</c>, as the bare resource name.</summary>
    private static ImmutableArray<string> Expressions(PulumiValue? value) =>
        value is PulumiList list
            ? [.. list.Items.OfType<PulumiExpression>().Select(e => e.Expression.Trim('$', '{', '}').Split('.')[0])]
            : [];

    private static string? GroupKey(string resourceName)
    {
        var prefix = ResourceNames.Group(string.Empty);
        return resourceName.StartsWith(prefix, StringComparison.Ordinal) ? resourceName[prefix.Length..] : null;
    }
}
