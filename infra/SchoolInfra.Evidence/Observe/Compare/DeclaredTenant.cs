using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// The declared side of the tenant comparison, read from the school's declared state (what compile emits): sign-in
/// rules, named locations, groups and their named members, the emergency accounts, web filtering and Jamf Pro. Template
/// references are resolved to what a tenant read can see: <c>${group-staff.objectId}</c> to the group key
/// <c>staff</c>, <c>${breakGlass-one}</c> to the account name its look-up names.
/// </summary>
public sealed class DeclaredTenant
{
    private const string GroupPrefix = "group-";

    private DeclaredTenant(DesiredState desired)
    {
        var accounts = desired.Variables
            .Select(v => (v.Name, Upn: LookedUpAccount(v.Value)))
            .Where(v => v.Upn is not null)
            .ToImmutableDictionary(v => v.Name, v => v.Upn ?? string.Empty, StringComparer.Ordinal);
        Accounts = accounts;
        BreakGlass = [.. desired.Variables.Where(v => v.Name.StartsWith("breakGlass-", StringComparison.Ordinal))
            .Select(v => accounts.GetValueOrDefault(v.Name)).OfType<string>().Order(StringComparer.OrdinalIgnoreCase)];

        SignInRules = [.. desired.Resources
            .Where(r => r.Type is AzureAdTypes.ConditionalAccessPolicy or Microsoft365Types.ConditionalAccessPolicy)
            .Select(SignInRule)];
        NamedLocations = [.. desired.OfType(AzureAdTypes.NamedLocation).Select(r => new DeclaredNamedLocation(
            r, Text(r.Properties, "displayName"), [.. Texts(At(r.Properties, "ip", "ipRanges")).Order(StringComparer.Ordinal)], Bool(At(r.Properties, "ip", "trusted"))))];

        var members = desired.OfType(AzureAdTypes.GroupMember)
            .Select(m => (Group: GroupKey(At(m.Properties, "groupObjectId")), Upn: Account(At(m.Properties, "memberObjectId"))))
            .Where(m => m.Group is not null && m.Upn is not null)
            .ToLookup(m => m.Group ?? string.Empty, m => m.Upn ?? string.Empty, StringComparer.Ordinal);
        Groups = [.. desired.OfType(AzureAdTypes.Group)
            .Where(r => r.LogicalName.StartsWith(GroupPrefix, StringComparison.Ordinal))
            .Select(r =>
            {
                var key = r.LogicalName[GroupPrefix.Length..];
                return new DeclaredGroup(r, key, Text(r.Properties, "displayName"),
                    [.. members[key].Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
                    r.Properties["dynamicMembership"] is not null, r.Options.Protect);
            })];

        var rules = desired.OfType(Microsoft365Types.NetworkWebFilteringPolicyRule)
            .Select(r => (Policy: ResourceOf(At(r.Properties, "webFilteringPolicyId")), Rule: new DeclaredFilteringRule(
                r, Text(r.Properties, "name"), Text(r.Properties, "action"),
                [.. Texts(At(r.Properties, "urlsOrFqdns")).Concat(Texts(At(r.Properties, "webCategories")))
                    .Select(d => d.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)])))
            .ToLookup(r => r.Policy ?? string.Empty, r => r.Rule, StringComparer.Ordinal);
        FilteringPolicies = [.. desired.OfType(Microsoft365Types.NetworkWebFilteringPolicy).Select(r => new DeclaredFilteringPolicy(
            r, Text(r.Properties, "name"), Text(r.Properties, "defaultAction"), [.. rules[r.LogicalName]]))];
        FilteringProfiles = [.. desired.OfType(Microsoft365Types.NetworkFilteringProfile).Select(r => new DeclaredFilteringProfile(
            r, Text(r.Properties, "name"), Text(r.Properties, "state"), (r.Properties["priority"] as PulumiNumber)?.Value ?? 0))];

        DevicePolicies = [.. desired.Resources
            .Where(r => r.Type is Microsoft365Types.WindowsDeviceCompliancePolicy or Microsoft365Types.SettingsCatalogConfigurationPolicyJson or Microsoft365Types.SettingsCatalogTemplateJson)
            .Select(DevicePolicy)];

        JamfProfiles = [.. desired.OfType(JamfProTypes.MobileDeviceConfigurationProfilePlist).Select(r => new DeclaredJamfProfile(
            r, Text(r.Properties, "name"), Jamf.PlistSettings.Read(Text(r.Properties, "payloads")).Settings))];
        JamfPrestages = [.. desired.OfType(JamfProTypes.MobileDevicePrestageEnrollment).Select(r => new DeclaredJamfPrestage(
            r, Text(r.Properties, "displayName"), Bool(r.Properties["supervised"]), Bool(r.Properties["mandatory"]), Bool(r.Properties["mdmRemovable"])))];
    }

    /// <summary>Template variable → the account name its <c>azuread:getUser</c> look-up names.</summary>
    public ImmutableDictionary<string, string> Accounts { get; }

    /// <summary>The emergency accounts' names, sorted.</summary>
    public ImmutableArray<string> BreakGlass { get; }

    public ImmutableArray<DeclaredSignInRule> SignInRules { get; }

    public ImmutableArray<DeclaredNamedLocation> NamedLocations { get; }

    public ImmutableArray<DeclaredGroup> Groups { get; }

    public ImmutableArray<DeclaredFilteringPolicy> FilteringPolicies { get; }

    public ImmutableArray<DeclaredFilteringProfile> FilteringProfiles { get; }

    /// <summary>Intune compliance and settings-catalog policies.</summary>
    public ImmutableArray<DeclaredDevicePolicy> DevicePolicies { get; }

    public ImmutableArray<DeclaredJamfProfile> JamfProfiles { get; }

    public ImmutableArray<DeclaredJamfPrestage> JamfPrestages { get; }

    /// <summary>Every account that may hold an administrator role: the emergency accounts and the named members of administrator groups.</summary>
    public ImmutableHashSet<string> PrivilegedAccounts =>
        [.. BreakGlass.Concat(Groups.Where(g => g.Administrators).SelectMany(g => g.Members)).Select(a => a.ToUpperInvariant())];

    /// <summary>The declared sign-in rule a live rule of this display name is (the match the comparison uses), or null for a rule made outside the pipeline.</summary>
    public DeclaredSignInRule? SignInRuleNamed(string displayName) =>
        SignInRules.FirstOrDefault(r => string.Equals(r.DisplayName, displayName, StringComparison.OrdinalIgnoreCase));

    public static DeclaredTenant From(DesiredState desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        return new DeclaredTenant(desired);
    }

    private DeclaredSignInRule SignInRule(DesiredResource r)
    {
        var users = At(r.Properties, "conditions", "users");
        PulumiValue? Either(string azuread, string microsoft365) => At(users, azuread) ?? At(users, microsoft365);
        return new DeclaredSignInRule(
            r,
            Text(r.Properties, "displayName"),
            Text(r.Properties, "state"),
            [.. Texts(Either("includedUsers", "includeUsers")).Order(StringComparer.Ordinal)],
            [.. Items(Either("excludedUsers", "excludeUsers")).Select(v => Account(v) ?? Display(v)).Order(StringComparer.OrdinalIgnoreCase)],
            [.. Items(Either("includedGroups", "includeGroups")).Select(v => GroupKey(v) ?? Display(v)).Order(StringComparer.Ordinal)],
            [.. Items(Either("excludedGroups", "excludeGroups")).Select(v => GroupKey(v) ?? Display(v)).Order(StringComparer.Ordinal)],
            [.. Texts(At(r.Properties, "grantControls", "builtInControls")).Order(StringComparer.Ordinal)],
            StrengthId(At(r.Properties, "grantControls", "authenticationStrengthPolicyId") ?? At(r.Properties, "grantControls", "authenticationStrength", "id")));
    }

    private static DeclaredDevicePolicy DevicePolicy(DesiredResource r)
    {
        var compliance = r.Type == Microsoft365Types.WindowsDeviceCompliancePolicy;
        var targets = Items(r.Properties["assignments"]).Select(a => (At(a, "type") as PulumiText)?.Value ?? string.Empty).ToList();
        return new DeclaredDevicePolicy(r, compliance ? DevicePolicyKind.Compliance : DevicePolicyKind.SettingsCatalog,
            Text(r.Properties, compliance ? "displayName" : "name"),
            targets.Count(t => t != "exclusionGroupAssignmentTarget"),
            targets.Count(t => t == "exclusionGroupAssignmentTarget"),
            targets.Contains("allDevicesAssignmentTarget"),
            targets.Contains("allLicensedUsersAssignmentTarget"));
    }

    /// <summary>azuread writes the strength as <c>/policies/authenticationStrengthPolicies/ID</c>; Graph reports the id alone.</summary>
    private static string? StrengthId(PulumiValue? value) => value is PulumiText { Value: var text } && text.Length > 0 ? text.Split('/')[^1] : null;

    /// <summary>The account name behind <c>${variable}</c>, when the variable looks an account up.</summary>
    private string? Account(PulumiValue? value) =>
        value is PulumiExpression e && ReferenceName(e) is { } name ? Accounts.GetValueOrDefault(name) : null;

    /// <summary>The group key behind <c>${group-KEY.objectId}</c>.</summary>
    private static string? GroupKey(PulumiValue? value) =>
        ResourceOf(value) is { } name && name.StartsWith(GroupPrefix, StringComparison.Ordinal) ? name[GroupPrefix.Length..] : null;

    /// <summary>The resource or variable a <c>${name.property}</c> or <c>${name}</c> expression refers to.</summary>
    private static string? ResourceOf(PulumiValue? value) =>
        value is PulumiExpression e && ReferenceName(e) is { } name ? name.Split('.')[0] : null;

    private static string? ReferenceName(PulumiExpression expression) =>
        expression.Expression is ['$', '{', .. var inner, '}'] ? inner : null;

    private static string? LookedUpAccount(PulumiValue value) =>
        At(value, "fn::invoke", "function") is PulumiText { Value: AzureAdTypes.GetUser }
            ? (At(value, "fn::invoke", "arguments", "userPrincipalName") as PulumiText)?.Value
            : null;

    private static PulumiValue? At(PulumiValue? value, params string[] path)
    {
        foreach (var key in path)
        {
            value = (value as PulumiObject)?[key];
        }

        return value;
    }

    private static ImmutableArray<PulumiValue> Items(PulumiValue? value) => (value as PulumiList)?.Items ?? [];

    private static IEnumerable<string> Texts(PulumiValue? value) => Items(value).OfType<PulumiText>().Select(t => t.Value);

    private static string Text(PulumiObject properties, string key) => (properties[key] as PulumiText)?.Value ?? string.Empty;

    private static bool Bool(PulumiValue? value) => value is PulumiBool { Value: true };

    private static string Display(PulumiValue value) => value switch
    {
        PulumiText t => t.Value,
        PulumiExpression e => e.Expression,
        _ => string.Empty,
    };
}
