using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Build.Devices.SettingsCatalog;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// The Windows baseline in Intune, through the microsoft365 provider: BitLocker (DEV-01), Defender (DEV-02), firewall
/// (DEV-03), removable storage (DEV-05), local administrators and LAPS (DEV-06), update rings (DEV-07) and the
/// compliance policy that conditional access relies on (DEV-08). Each policy is assigned to the declared device groups.
/// </summary>
public sealed class IntuneBaseline(BuildContext context, DevicesConfig devices, WindowsBaseline windows)
{
    /// <summary>
    /// Windows "active hours": no automatic restart between these times. The school day with time either side for
    /// early clubs and after-school care, so updates install and restart outside lessons.
    /// </summary>
    public const string ActiveHoursStart = "07:00:00";

    public const string ActiveHoursEnd = "18:00:00";

    public void Build()
    {
        var all = devices.Groups.Select(g => g.Key).ToImmutableArray();
        var pupils = devices.Groups.Where(g => DeviceChecks.IsPupilAudience(g.Audience)).Select(g => g.Key).ToImmutableArray();
        var staff = devices.Groups.Where(g => !DeviceChecks.IsPupilAudience(g.Audience)).Select(g => g.Key).ToImmutableArray();

        if (windows.Bitlocker)
        {
            AddTemplatePolicy("intune-bitlocker", "windows_disk_encryption_bitlocker", "BitLocker",
                "Encrypts the system drive and keeps recovery keys in Entra ID.", WindowsSettings.BitLocker(), all, windows.Span, ["DEV-01"]);
        }
        else
        {
            LeftOut("BitLocker is switched off in the Windows baseline, so no disk-encryption policy is deployed.", ["DEV-01"]);
        }

        AddCatalogPolicy("intune-defender", "Defender Antivirus", "Real-time and cloud protection, tamper protection, PUA blocking, signature updates.",
            WindowsSettings.Defender(windows.Defender), all, windows.Defender.Span.IsKnown ? windows.Defender.Span : windows.Span, ["DEV-02"]);

        if (windows.Firewall)
        {
            AddCatalogPolicy("intune-firewall", "Windows Firewall", "Firewall on for domain, private and public networks; inbound blocked by default.",
                WindowsSettings.Firewall(), all, windows.Span, ["DEV-03"]);
        }
        else
        {
            LeftOut("The firewall is switched off in the Windows baseline, so no firewall policy is deployed.", ["DEV-03"]);
        }

        AddRemovableStorage(pupils, staff);
        AddLocalAdmin(all);
        foreach (var ring in windows.UpdateRings)
        {
            AddUpdateRing(ring);
        }

        new IntuneScripts(context, windows).Build(out var complianceScript);
        AddCompliancePolicy(all, complianceScript);
    }

    private void AddRemovableStorage(ImmutableArray<string> pupils, ImmutableArray<string> staff)
    {
        var media = windows.RemovableMedia;
        var span = media.Span.IsKnown ? media.Span : windows.Span;
        if (!pupils.IsEmpty)
        {
            AddCatalogPolicy("intune-removableStorage-pupils", "USB storage blocked (pupils)", "Pupil devices cannot read or write USB storage.",
                WindowsSettings.RemovableStorageBlocked(), pupils, span, ["DEV-05"]);
        }

        if (staff.IsEmpty)
        {
            return;
        }

        if (media.Staff == StaffRemovableMedia.SchoolIssuedEncryptedOnly)
        {
            AddCatalogPolicy("intune-removableStorage-staff", "USB storage: school-issued encrypted drives only (staff)",
                "Staff devices accept only the declared school-issued drives and cannot write to drives BitLocker does not protect.",
                WindowsSettings.SchoolIssuedDrivesOnly(media.SchoolIssuedDeviceIds), staff, span, ["DEV-05"]);
        }
        else
        {
            AddCatalogPolicy("intune-removableStorage-staff", "USB storage blocked (staff)", "Staff devices cannot read or write USB storage.",
                WindowsSettings.RemovableStorageBlocked(), staff, span, ["DEV-05"]);
        }
    }

    private void AddLocalAdmin(ImmutableArray<string> all)
    {
        var localAdmin = windows.LocalAdmin;
        var span = localAdmin.Span.IsKnown ? localAdmin.Span : windows.Span;
        if (localAdmin.UsersAreAdmins)
        {
            // Validation allows this only without pupil device groups, and warns (SI2402).
            LeftOut("Users are local administrators by the school's choice, so the Administrators group is not restricted.", ["DEV-06"]);
        }
        else
        {
            AddTemplatePolicy("intune-localAdministrators", "windows_local_user_group_membership", "Local administrators",
                "Only the LAPS-managed built-in Administrator is a local administrator; users are standard users.",
                WindowsSettings.LocalAdministrators(), all, span, ["DEV-06", "DEV-09", "FIL-07"]);
        }

        if (localAdmin.Laps)
        {
            AddTemplatePolicy("intune-laps", "windows_local_admin_password_solution_(windows_LAPS)", "Windows LAPS",
                $"The built-in Administrator's password is backed up to Entra ID and changed every {localAdmin.LapsPasswordAgeDays} days.",
                WindowsSettings.Laps(localAdmin), all, span, ["DEV-06"]);
        }
        else
        {
            LeftOut("LAPS is switched off in the Windows baseline, so the built-in Administrator's password is not rotated.", ["DEV-06"]);
        }
    }

    private void AddUpdateRing(UpdateRing ring)
    {
        context.Add($"updateRing-{ring.Key}", Microsoft365Types.WindowsUpdateRing, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName($"Update ring: {ring.Name}"))),
                ("description", PulumiValue.Text("Security updates installed within 14 days (deferral + deadline + grace).")),
                ("allowWindows11Upgrade", PulumiValue.Bool(true)),
                // The provider's OneOf is camelCase and case-sensitive; this mode requires active hours, which it
                // validates as HH:MM:SS (windows_update_ring/resource.go:187, :220, :233).
                ("automaticUpdateMode", PulumiValue.Text("autoInstallAtMaintenanceTime")),
                ("activeHoursStart", PulumiValue.Text(ActiveHoursStart)),
                ("activeHoursEnd", PulumiValue.Text(ActiveHoursEnd)),
                ("driversExcluded", PulumiValue.Bool(false)),
                ("microsoftUpdateServiceAllowed", PulumiValue.Bool(true)),
                ("qualityUpdatesDeferralPeriodInDays", PulumiValue.Number(ring.QualityDeferralDays)),
                ("featureUpdatesDeferralPeriodInDays", PulumiValue.Number(ring.FeatureDeferralDays)),
                ("featureUpdatesRollbackWindowInDays", PulumiValue.Number(10)),
                ("skipChecksBeforeRestart", PulumiValue.Bool(false)),
                ("deadlineSettings", PulumiValue.Map(
                    ("deadlineForQualityUpdatesInDays", PulumiValue.Number(ring.DeadlineDays)),
                    ("deadlineForFeatureUpdatesInDays", PulumiValue.Number(ring.DeadlineDays)),
                    ("deadlineGracePeriodInDays", PulumiValue.Number(ring.GraceDays)),
                    ("postponeRebootUntilAfterDeadline", PulumiValue.Bool(false)))),
                ("assignments", IntuneAssignments.ToGroups(ring.DeviceGroups))),
            ring.Span, $"Windows update ring \"{ring.Name}\": updates on within {ring.QualityDeferralDays + ring.DeadlineDays + ring.GraceDays} days.",
            ["DEV-07"]);
    }

    private void AddCompliancePolicy(ImmutableArray<string> all, string? complianceScript)
    {
        var script = windows.Scripts.FirstOrDefault(s => s.Kind == ScriptKind.CustomCompliance);
        context.Add("intune-compliance-windows", Microsoft365Types.WindowsDeviceCompliancePolicy, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName("Windows compliance"))),
                ("description", PulumiValue.Text("Devices that fail these checks lose access to school data (conditional access).")),
                // TF scheduled_actions_for_rule; the bridge pluralises list names (pulumi-terraform-bridge, inflector Pluralize).
                ("scheduledActionsForRules", PulumiValue.List(PulumiValue.Map(
                    ("scheduledActionConfigurations", PulumiValue.List(PulumiValue.Map(
                        ("actionType", PulumiValue.Text("block")),
                        ("gracePeriodHours", PulumiValue.Number(24)))))))),
                ("systemSecurity", PulumiValue.Map(
                    ("storageRequireEncryption", PulumiValue.Bool(windows.Bitlocker)),
                    ("activeFirewallRequired", PulumiValue.Bool(windows.Firewall)),
                    ("antivirusRequired", PulumiValue.Bool(true)),
                    ("antiSpywareRequired", PulumiValue.Bool(true)),
                    ("defenderEnabled", PulumiValue.Bool(true)),
                    ("rtpEnabled", PulumiValue.Bool(windows.Defender.RealTimeProtection)),
                    // Graph windows10CompliancePolicy: signatureOutOfDate true means "require up-to-date signatures".
                    ("signatureOutOfDate", PulumiValue.Bool(true)),
                    ("tpmRequired", PulumiValue.Bool(true)))),
                ("deviceHealth", PulumiValue.Map(
                    ("bitLockerEnabled", PulumiValue.Bool(windows.Bitlocker)),
                    ("secureBootEnabled", PulumiValue.Bool(true)),
                    ("codeIntegrityEnabled", PulumiValue.Bool(true)))),
                ("deviceProperties", PulumiValue.Map(("osMinimumVersion", PulumiValue.Text(windows.MinOsVersion)))),
                ("customComplianceRequired", complianceScript is null ? null : PulumiValue.Bool(true)),
                ("deviceCompliancePolicyScript", complianceScript is null || script is null ? null : PulumiValue.Map(
                    ("deviceComplianceScriptId", PulumiValue.Ref(complianceScript, "id")),
                    ("rulesContent", PulumiValue.Text(ComplianceRulesDocument.Write(script.Rules))))),
                ("assignments", IntuneAssignments.ToGroups(all))),
            windows.Span, "Windows compliance: encryption, firewall, antivirus, Secure Boot and a supported Windows version.",
            ["DEV-08", "DEV-01", "DEV-02", "DEV-03", "DEV-07"]);
    }

    private void AddTemplatePolicy(string name, string templateType, string title, string description,
        ImmutableArray<SettingsCatalogSetting> settings, ImmutableArray<string> groups, SourceSpan span, ImmutableArray<string> controls) =>
        context.Add(name, Microsoft365Types.SettingsCatalogTemplateJson, PulumiValue.Map(
                ("name", PulumiValue.Text(context.DisplayName(title))),
                ("description", PulumiValue.Text(description)),
                ("settingsCatalogTemplateType", PulumiValue.Text(templateType)),
                ("settings", PulumiValue.Text(SettingsCatalogDocument.Write(settings))),
                ("assignments", IntuneAssignments.ToGroups(groups))),
            span, description, controls);

    private void AddCatalogPolicy(string name, string title, string description,
        ImmutableArray<SettingsCatalogSetting> settings, ImmutableArray<string> groups, SourceSpan span, ImmutableArray<string> controls) =>
        context.Add(name, Microsoft365Types.SettingsCatalogConfigurationPolicyJson, PulumiValue.Map(
                ("name", PulumiValue.Text(context.DisplayName(title))),
                ("description", PulumiValue.Text(description)),
                ("platforms", PulumiValue.Text("windows10")),
                ("technologies", PulumiValue.TextList(["mdm"])),
                ("settings", PulumiValue.Text(SettingsCatalogDocument.Write(settings))),
                ("assignments", IntuneAssignments.ToGroups(groups))),
            span, description, controls);

    private void LeftOut(string message, ImmutableArray<string> controls) =>
        context.AddNote(new DesiredNote(NoteKind.LeftOut, message, windows.Span, controls));
}
