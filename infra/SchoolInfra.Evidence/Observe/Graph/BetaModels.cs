using System.Text.Json.Serialization;

namespace SchoolInfra.Evidence.Observe.Graph;

// Typed records for the few beta reads (Microsoft.Graph.Beta is not used): only the fields the snapshot keeps, with
// Graph's JSON names. Unknown fields are ignored, so new beta fields do not break the read.

/// <summary>beta <c>/deviceManagement/configurationPolicies</c> with <c>$expand=assignments</c>.</summary>
internal sealed record BetaConfigurationPolicy(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("platforms")] string? Platforms,
    [property: JsonPropertyName("settingCount")] int? SettingCount,
    [property: JsonPropertyName("assignments")] List<BetaAssignment>? Assignments);

internal sealed record BetaAssignment([property: JsonPropertyName("target")] BetaAssignmentTarget? Target);

internal sealed record BetaAssignmentTarget(
    [property: JsonPropertyName("@odata.type")] string? Type,
    [property: JsonPropertyName("groupId")] string? GroupId);

/// <summary>beta <c>/networkAccess/filteringPolicies</c> with <c>$expand=policyRules</c>.</summary>
internal sealed record BetaFilteringPolicy(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("policyRules")] List<BetaPolicyRule>? PolicyRules);

internal sealed record BetaPolicyRule(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("ruleType")] string? RuleType,
    [property: JsonPropertyName("destinations")] List<BetaDestination>? Destinations);

/// <summary>An FQDN destination has <c>value</c>; a web category has <c>name</c>.</summary>
internal sealed record BetaDestination(
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("name")] string? Name);

/// <summary>beta <c>/networkAccess/filteringProfiles</c> with <c>$expand=policies($expand=policy)</c>.</summary>
internal sealed record BetaFilteringProfile(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("priority")] long? Priority,
    [property: JsonPropertyName("policies")] List<BetaPolicyLink>? Policies);

internal sealed record BetaPolicyLink(
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("policy")] BetaLinkedPolicy? Policy);

internal sealed record BetaLinkedPolicy([property: JsonPropertyName("id")] string? Id);
