using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>
/// deploymenttheory/microsoft365 through the parameterized terraform-provider package. The dynamic bridge maps
/// <c>microsoft365_x_y</c> to <c>microsoft365:index/xY:XY</c> (pulumi-contract.md B.7 item 4).
/// </summary>
/// <remarks>
/// Global Secure Access (Entra Internet Access) web filtering. Confirmed in the provider's source
/// (<c>internal/services/resources/identity_and_access/graph_beta/*/resource.go</c> ResourceName constants and
/// schemas, <c>docs/resources/*.md</c>): <c>..._network_web_filtering_policy</c> (name, description,
/// default_action allow|block; the Graph <c>/networkaccess/webFilteringPolicies</c> "V2" surface),
/// <c>..._network_web_filtering_policy_rule</c> (web_filtering_policy_id, name, priority 100-65000 lower first,
/// action allow|block, status, urls_or_fqdns, web_categories), <c>..._network_filtering_profile</c> (the
/// "security profile": name, description, priority, state), <c>..._network_filtering_profile_policy_link</c>
/// (filtering_profile_id, policy_id, policy_type web_filtering, state), and
/// <c>..._conditional_access_policy</c> whose session_controls.global_secure_access_filtering_profile
/// {is_enabled, profile_id} links a security profile to user groups. The target application
/// <see cref="AllInternetResourcesAppId"/> is the one Microsoft's Graph tutorial "Configure Microsoft Entra
/// Internet Access using Microsoft Graph APIs" uses. Tokens and property names follow the bridge's rules (camelCase,
/// list and set names pluralised); the conformance test checks every emitted one against facts read from the tagged
/// provider source (tests/SchoolInfra.Infra.Tests/Conformance/Facts).
/// </remarks>
public static class Microsoft365Types
{
    public const string Package = "microsoft365";

    // Device baselines (Intune). Terraform names confirmed against the provider's ResourceName constants and docs.

    /// <summary>microsoft365_graph_beta_device_management_settings_catalog_template_json: endpoint-security template policies.</summary>
    public const string SettingsCatalogTemplateJson = "microsoft365:index/graphBetaDeviceManagementSettingsCatalogTemplateJson:GraphBetaDeviceManagementSettingsCatalogTemplateJson";

    /// <summary>microsoft365_graph_beta_device_management_settings_catalog_configuration_policy_json: plain settings catalog.</summary>
    public const string SettingsCatalogConfigurationPolicyJson = "microsoft365:index/graphBetaDeviceManagementSettingsCatalogConfigurationPolicyJson:GraphBetaDeviceManagementSettingsCatalogConfigurationPolicyJson";

    public const string WindowsUpdateRing = "microsoft365:index/graphBetaDeviceManagementWindowsUpdateRing:GraphBetaDeviceManagementWindowsUpdateRing";

    public const string WindowsDeviceCompliancePolicy = "microsoft365:index/graphBetaDeviceManagementWindowsDeviceCompliancePolicy:GraphBetaDeviceManagementWindowsDeviceCompliancePolicy";

    /// <summary>microsoft365_graph_beta_device_management_windows_remediation_script (Intune deviceHealthScripts).</summary>
    public const string WindowsRemediationScript = "microsoft365:index/graphBetaDeviceManagementWindowsRemediationScript:GraphBetaDeviceManagementWindowsRemediationScript";

    /// <summary>microsoft365_graph_beta_device_management_windows_device_compliance_script (Intune deviceComplianceScripts).</summary>
    public const string WindowsDeviceComplianceScript = "microsoft365:index/graphBetaDeviceManagementWindowsDeviceComplianceScript:GraphBetaDeviceManagementWindowsDeviceComplianceScript";

    // Web content filtering (Entra Internet Access / Global Secure Access).

    /// <summary>Terraform <c>microsoft365_graph_beta_identity_and_access_conditional_access_policy</c>.</summary>
    public const string ConditionalAccessPolicy =
        "microsoft365:index/graphBetaIdentityAndAccessConditionalAccessPolicy:GraphBetaIdentityAndAccessConditionalAccessPolicy";

    /// <summary>Terraform <c>microsoft365_graph_beta_identity_and_access_network_filtering_profile</c> (a security profile).</summary>
    public const string NetworkFilteringProfile =
        "microsoft365:index/graphBetaIdentityAndAccessNetworkFilteringProfile:GraphBetaIdentityAndAccessNetworkFilteringProfile";

    /// <summary>Terraform <c>microsoft365_graph_beta_identity_and_access_network_filtering_profile_policy_link</c>.</summary>
    public const string NetworkFilteringProfilePolicyLink =
        "microsoft365:index/graphBetaIdentityAndAccessNetworkFilteringProfilePolicyLink:GraphBetaIdentityAndAccessNetworkFilteringProfilePolicyLink";

    /// <summary>Terraform <c>microsoft365_graph_beta_identity_and_access_network_web_filtering_policy</c>.</summary>
    public const string NetworkWebFilteringPolicy =
        "microsoft365:index/graphBetaIdentityAndAccessNetworkWebFilteringPolicy:GraphBetaIdentityAndAccessNetworkWebFilteringPolicy";

    /// <summary>Terraform <c>microsoft365_graph_beta_identity_and_access_network_web_filtering_policy_rule</c>.</summary>
    public const string NetworkWebFilteringPolicyRule =
        "microsoft365:index/graphBetaIdentityAndAccessNetworkWebFilteringPolicyRule:GraphBetaIdentityAndAccessNetworkWebFilteringPolicyRule";

    /// <summary>"All internet resources with Global Secure Access": the Conditional Access target for internet traffic.</summary>
    public const string AllInternetResourcesAppId = "5dc48733-b5df-475c-a49b-fa307ef00853";

    public static ImmutableArray<string> Resources { get; } =
    [
        SettingsCatalogTemplateJson,
        SettingsCatalogConfigurationPolicyJson,
        WindowsUpdateRing,
        WindowsDeviceCompliancePolicy,
        WindowsRemediationScript,
        WindowsDeviceComplianceScript,
        ConditionalAccessPolicy,
        NetworkFilteringProfile,
        NetworkFilteringProfilePolicyLink,
        NetworkWebFilteringPolicy,
        NetworkWebFilteringPolicyRule,
    ];

    public static ImmutableArray<string> Functions { get; } = [];
}
