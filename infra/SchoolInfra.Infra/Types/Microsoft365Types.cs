using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>
/// deploymenttheory/microsoft365 through the parameterized terraform-provider package. The dynamic bridge maps
/// <c>microsoft365_x_y</c> to <c>microsoft365:index/xY:XY</c> (pulumi-contract.md B.7 item 4).
/// </summary>
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

    public static ImmutableArray<string> Resources { get; } =
    [
        SettingsCatalogTemplateJson,
        SettingsCatalogConfigurationPolicyJson,
        WindowsUpdateRing,
        WindowsDeviceCompliancePolicy,
        WindowsRemediationScript,
        WindowsDeviceComplianceScript,
    ];

    public static ImmutableArray<string> Functions { get; } = [];
}
