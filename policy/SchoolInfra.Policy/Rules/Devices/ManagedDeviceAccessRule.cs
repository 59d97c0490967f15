using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-08: the sign-in rules require a compliant, managed device for the apps that hold personal data, enforced (not
/// report-only), which needs Entra ID P1 for Conditional Access; staff personal phones follow the school's choice
/// (C9): none, or app-protected Microsoft apps only (DfE-CS CS3; CE: devices that reach school data are in scope).
/// </summary>
public sealed class ManagedDeviceAccessRule : DeviceRule
{
    public override string Id => "dev-08";

    protected override string MetSummary => "Only healthy, managed devices reach personal data.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        var config = context.Config;
        var personalData = config.Identity.AccessAreas.Where(a => a.PersonalData).Select(a => a.Key).ToList();
        finding.Evidence($"{Count(personalData.Count, "access area holds", "access areas hold")} personal data: {Names(personalData)}.");
        var access = config.Identity.ConditionalAccess;
        var at = At(access, config.Identity);
        if (config.School.EntraLicence == EntraLicence.Free)
        {
            finding.NotMet("noP1", At(config.School), "The school's Entra ID licence is Free, and sign-in rules that require a managed device need Entra ID P1.",
                "Licence Entra ID P1 (Microsoft 365 A3 and A5 include it) and record it under school entraLicence.", SchoolRole.BusinessManager);
        }

        if (!access.RequireCompliantDeviceForPersonalData)
        {
            finding.NotMet("noCompliantDeviceRule", at, "The sign-in rules do not require a compliant, managed device for the apps that hold personal data.",
                "Set identity conditionalAccess requireCompliantDeviceForPersonalData: true.", SchoolRole.ItProvider);
        }
        else if (access.State == PolicyState.ReportOnly)
        {
            finding.Partial("reportOnly", at, "The sign-in rules are in report-only mode, so the managed-device requirement is not enforced yet.",
                "Switch conditionalAccess state to enabled once the trial ends (at most 30 days).", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence("The sign-in rules require a compliant, managed device for the apps that hold personal data.");
        }

        if (devices.Windows is { } windows)
        {
            finding.Evidence($"Windows compliance requires encryption, anti-malware, the firewall and version {windows.MinOsVersion} or later.");
        }

        if (devices.Ipads is not null)
        {
            finding.Evidence("iPads report compliance through Jamf's device compliance integration.");
        }

        finding.Evidence(devices.Byod.Staff == ByodStaffAccess.AppProtection
            ? "School choice: staff phones may open personal-data apps only through app-protected Microsoft apps."
            : "Staff personal devices cannot open the apps that hold personal data.");
        finding.LiveCheckNotRun("that an enabled sign-in rule requires a compliant device for the personal-data apps");
    }
}
