using System.Collections.Immutable;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Build.Devices.SettingsCatalog;
using static SchoolInfra.Infra.Build.Devices.SettingsCatalog.SettingsCatalogSetting;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// The Intune settings of the Windows baseline, as typed settings-catalog settings. Setting definition ids are the
/// settings catalog's own (CSP path in lower case with underscores); where each was seen is noted beside it. Template
/// reference ids are given only where a real export was found: Intune fills the rest from the template (unverified),
/// so export the policy from Intune once and compare before relying on it.
/// </summary>
public static class WindowsSettings
{
    private static readonly string[] FirewallProfiles = ["domainprofile", "privateprofile", "publicprofile"];

    /// <summary>Template windows_disk_encryption_bitlocker (DEV-01): encrypt, and keep recovery keys in Entra ID.</summary>
    public static ImmutableArray<SettingsCatalogSetting> BitLocker() =>
    [
        // BitLocker CSP RequireDeviceEncryption; template reference ids from a public export of the BitLocker template.
        ChoiceOf("device_vendor_msft_bitlocker_requiredeviceencryption", "device_vendor_msft_bitlocker_requiredeviceencryption_1")
            .WithTemplate("20ec1f6e-0d7a-4b6f-9a4f-9ed33e69ce51", "86da5fa5-67cf-48d1-8215-8787a9900ae6"),
        // BitLocker CSP SystemDrivesRecoveryOptions: save recovery passwords and key packages to the directory (Entra ID
        // for cloud-joined devices) and do not encrypt until they are stored. Ids as in exported baselines.
        ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions", "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_1",
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osactivedirectorybackup_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osactivedirectorybackup_name_1"),
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osactivedirectorybackupdropdown_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osactivedirectorybackupdropdown_name_1"),
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osrequireactivedirectorybackup_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osrequireactivedirectorybackup_name_1"),
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osrecoverypasswordusagedropdown_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osrecoverypasswordusagedropdown_name_1"),
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osrecoverykeyusagedropdown_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osrecoverykeyusagedropdown_name_0"),
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_oshiderecoverypage_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_oshiderecoverypage_name_1"),
            ChoiceOf("device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osallowdra_name",
                "device_vendor_msft_bitlocker_systemdrivesrecoveryoptions_osallowdra_name_0")),
    ];

    /// <summary>Settings catalog, Policy CSP Defender (DEV-02). Ids seen in exported Defender Antivirus policies.</summary>
    public static ImmutableArray<SettingsCatalogSetting> Defender(DefenderSettings defender)
    {
        var settings = ImmutableArray.CreateBuilder<SettingsCatalogSetting>();
        settings.Add(OnOff("device_vendor_msft_policy_config_defender_allowrealtimemonitoring", defender.RealTimeProtection));
        settings.Add(OnOff("device_vendor_msft_policy_config_defender_allowcloudprotection", defender.CloudProtection));
        // PUAProtection: 0 off, 1 block, 2 audit.
        settings.Add(OnOff("device_vendor_msft_policy_config_defender_puaprotection", defender.BlockPotentiallyUnwantedApps));
        settings.Add(NumberOf("device_vendor_msft_policy_config_defender_signatureupdateinterval", defender.SignatureUpdateHours));
        if (defender.TamperProtection)
        {
            // Option _0 is what two published tamper-protection-on scripts send; the option's label is unverified.
            settings.Add(ChoiceOf("vendor_msft_defender_configuration_tamperprotection_options",
                "vendor_msft_defender_configuration_tamperprotection_options_0"));
        }

        return settings.ToImmutable();
    }

    /// <summary>Settings catalog, Firewall CSP (DEV-03): on for every profile, inbound blocked unless a rule allows it.</summary>
    public static ImmutableArray<SettingsCatalogSetting> Firewall() =>
        [.. FirewallProfiles.Select(profile =>
            ChoiceOf($"vendor_msft_firewall_mdmstore_{profile}_enablefirewall", $"vendor_msft_firewall_mdmstore_{profile}_enablefirewall_true",
                ChoiceOf($"vendor_msft_firewall_mdmstore_{profile}_defaultinboundaction",
                    $"vendor_msft_firewall_mdmstore_{profile}_defaultinboundaction_1")))];

    /// <summary>
    /// Settings catalog (DEV-05): no access to any removable storage class (ADMX_RemovableStorage
    /// RemovableStorageClasses_DenyAll_Access_2) and no writing to removable disks (Storage RemovableDiskDenyWriteAccess,
    /// id seen in the provider's tests). Pupils always; staff unless the school allows its own encrypted drives.
    /// </summary>
    public static ImmutableArray<SettingsCatalogSetting> RemovableStorageBlocked() =>
    [
        ChoiceOf("device_vendor_msft_policy_config_admx_removablestorage_removablestorageclasses_denyall_access_2",
            "device_vendor_msft_policy_config_admx_removablestorage_removablestorageclasses_denyall_access_2_1"),
        ChoiceOf("device_vendor_msft_policy_config_storage_removablediskdenywriteaccess",
            "device_vendor_msft_policy_config_storage_removablediskdenywriteaccess_1"),
    ];

    /// <summary>
    /// Settings catalog (DEV-05, staff with schoolIssuedEncryptedOnly): writing is denied to drives BitLocker does not
    /// protect (BitLocker CSP RemovableDrivesRequireEncryption), and only the declared school-issued drives install
    /// (DeviceInstallation CSP: allow these ids, prevent other USB disks, allow beats prevent). The DeviceInstallation
    /// setting ids follow the catalog's naming rule but were not found in an export (unverified).
    /// </summary>
    public static ImmutableArray<SettingsCatalogSetting> SchoolIssuedDrivesOnly(IEnumerable<string> deviceIds) =>
    [
        ChoiceOf("device_vendor_msft_bitlocker_removabledrivesrequireencryption", "device_vendor_msft_bitlocker_removabledrivesrequireencryption_1"),
        ChoiceOf("device_vendor_msft_policy_config_deviceinstallation_allowinstallationofmatchingdeviceids",
            "device_vendor_msft_policy_config_deviceinstallation_allowinstallationofmatchingdeviceids_1",
            TextsOf("device_vendor_msft_policy_config_deviceinstallation_allowinstallationofmatchingdeviceids_deviceinstall_ids_allow_list", deviceIds)),
        ChoiceOf("device_vendor_msft_policy_config_deviceinstallation_preventinstallationofmatchingdeviceids",
            "device_vendor_msft_policy_config_deviceinstallation_preventinstallationofmatchingdeviceids_1",
            TextsOf("device_vendor_msft_policy_config_deviceinstallation_preventinstallationofmatchingdeviceids_deviceinstall_ids_deny_list", ["USBSTOR\\Disk"])),
        ChoiceOf("device_vendor_msft_policy_config_deviceinstallation_enableinstallationpolicylayering",
            "device_vendor_msft_policy_config_deviceinstallation_enableinstallationpolicylayering_1"),
    ];

    /// <summary>
    /// Template windows_local_user_group_membership (DEV-06): the Administrators group is replaced (add_restrict) by the
    /// built-in Administrator alone, whose password LAPS rotates; signed-in users are standard users. Structure and
    /// template ids as in a published Graph request for this template and Microsoft365DSC.
    /// </summary>
    public static ImmutableArray<SettingsCatalogSetting> LocalAdministrators() =>
    [
        GroupsOf("device_vendor_msft_policy_config_localusersandgroups_configure",
        [
            GroupsOf("device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup",
            [
                ChoicesOf("device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_desc",
                    "device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_desc_administrators"),
                ChoiceOf("device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_action",
                    "device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_action_add_restrict"),
                ChoiceOf("device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_userselectiontype",
                    "device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_userselectiontype_users",
                    TextsOf("device_vendor_msft_policy_config_localusersandgroups_configure_groupconfiguration_accessgroup_users", ["Administrator"])),
            ]).WithTemplate("76fa254e-cbdb-4718-8bdd-cd41e57caa02"),
        ]).WithTemplate("de06bec1-4852-48a0-9799-cf7b85992d45"),
    ];

    /// <summary>
    /// Template windows_local_admin_password_solution_(windows_LAPS) (DEV-06): back the password up to Entra ID and
    /// rotate it after the declared number of days. Template ids as in two published LAPS policy requests.
    /// </summary>
    public static ImmutableArray<SettingsCatalogSetting> Laps(LocalAdminSettings localAdmin) =>
    [
        ChoiceOf("device_vendor_msft_laps_policies_backupdirectory", "device_vendor_msft_laps_policies_backupdirectory_1",
                NumberOf("device_vendor_msft_laps_policies_passwordagedays_aad", localAdmin.LapsPasswordAgeDays))
            .WithTemplate("a3270f64-e493-499d-8900-90290f61ed8a", "4d90f03d-e14c-43c4-86da-681da96a2f92"),
    ];

    /// <summary>A Policy CSP on/off setting: option <c>_1</c> on, <c>_0</c> off.</summary>
    private static SettingsCatalogSetting OnOff(string definitionId, bool on) => ChoiceOf(definitionId, $"{definitionId}_{(on ? 1 : 0)}");
}
