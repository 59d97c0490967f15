using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>deploymenttheory/jamfpro through terraform-provider, resource-types.md section 4.</summary>
public static class JamfProTypes
{
    public const string Package = "jamfpro";

    public const string SmartMobileDeviceGroup = "jamfpro:index/smartMobileDeviceGroupV1:SmartMobileDeviceGroupV1";
    public const string MobileDeviceConfigurationProfilePlist = "jamfpro:index/mobileDeviceConfigurationProfilePlist:MobileDeviceConfigurationProfilePlist";
    public const string DeviceEnrollments = "jamfpro:index/deviceEnrollments:DeviceEnrollments";
    public const string MobileDevicePrestageEnrollment = "jamfpro:index/mobileDevicePrestageEnrollment:MobileDevicePrestageEnrollment";
    public const string ManagedSoftwareUpdate = "jamfpro:index/managedSoftwareUpdate:ManagedSoftwareUpdate";

    public static ImmutableArray<string> Resources { get; } =
    [
        SmartMobileDeviceGroup,
        MobileDeviceConfigurationProfilePlist,
        DeviceEnrollments,
        MobileDevicePrestageEnrollment,
        ManagedSoftwareUpdate,
    ];

    public static ImmutableArray<string> Functions { get; } = [];
}
