using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>azuread (Pulumi, bridged hashicorp/azuread v6): canonical tokens, reference/resource-types.md section 1.</summary>
public static class AzureAdTypes
{
    public const string Package = "azuread";
    public const string Group = "azuread:index/group:Group";
    public const string GroupMember = "azuread:index/groupMember:GroupMember";
    public const string ConditionalAccessPolicy = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";
    public const string NamedLocation = "azuread:index/namedLocation:NamedLocation";
    public const string AuthenticationStrengthPolicy = "azuread:index/authenticationStrengthPolicy:AuthenticationStrengthPolicy";

    /// <summary>Function: looks up an existing user (break-glass accounts, named administrators) by UPN.</summary>
    public const string GetUser = "azuread:index/getUser:getUser";

    /// <summary>Built-in "Phishing-resistant MFA" authentication strength (Microsoft Learn, authentication strengths).</summary>
    public const string PhishingResistantStrengthId = "/policies/authenticationStrengthPolicies/00000000-0000-0000-0000-000000000004";

    public static ImmutableArray<string> Resources { get; } = [Group, GroupMember, ConditionalAccessPolicy, NamedLocation, AuthenticationStrengthPolicy];

    public static ImmutableArray<string> Functions { get; } = [GetUser];
}
