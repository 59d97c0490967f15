using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-07: every profile blocks proxy and VPN sites through a backend that also blocks other ways round the filter,
/// users cannot install VPN clients or other browsers (not local administrators, no app installs on iPads) and
/// iPads cannot create VPN configurations (DfE-FM FM3, UKSIC-AF circumvention).
/// </summary>
public sealed class CircumventionBlockedRule : FilteringRule
{
    public override string Id => "fil-07";

    protected override string MetSummary => "VPNs, proxies, private DNS and extra browsers cannot be used to get round the filter.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        foreach (var profile in view.Profiles)
        {
            var ok = true;
            if (!view.BlockedCategories(profile).Contains(ContentCategory.ProxyAndVpn))
            {
                finding.NotMet("proxyVpnOpen", profile.Span, $"The profile \"{profile.Key}\" does not block proxy and VPN sites.",
                    "Add proxyAndVpn to its blocked categories.", SchoolRole.ItProvider);
                ok = false;
            }

            if (!view.Enforces(profile, FilterFeature.Circumvention))
            {
                finding.NotMet("encryptedDnsOpen", profile.Span, $"No backend of the profile \"{profile.Key}\" blocks ways round the filter such as encrypted DNS and private relays.",
                    "Enforce it through a backend that blocks circumvention, e.g. the upstream filter with circumvention.", SchoolRole.ItProvider);
                ok = false;
            }

            if (ok)
            {
                finding.Evidence($"The profile \"{profile.Key}\" blocks proxy and VPN sites and other ways round the filter.");
            }
        }

        var devices = context.Config.Devices;
        if (devices?.Windows is { } windows)
        {
            if (windows.LocalAdmin.UsersAreAdmins)
            {
                finding.NotMet("localAdmins", At(windows.LocalAdmin, windows, devices), "Users are local administrators on Windows devices, so they can install VPN clients and other browsers.",
                    "Set localAdmin usersAreAdmins: false.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence("Windows users are standard users, so they cannot install VPN clients or other browsers.");
            }
        }

        if (devices?.Ipads is { } ipads)
        {
            var restrictions = ipads.Restrictions;
            if (restrictions.VpnCreation)
            {
                finding.NotMet("ipadVpnCreation", At(restrictions, ipads, devices), "School iPads allow VPN configurations to be created.",
                    "Set ipads restrictions vpnCreation: false.", SchoolRole.ItProvider);
            }

            if (restrictions.PupilAppInstalls)
            {
                finding.NotMet("ipadAppInstalls", At(restrictions, ipads, devices), "Pupils can install apps on iPads themselves, including VPN apps and other browsers.",
                    "Set ipads restrictions pupilAppInstalls: false.", SchoolRole.ItProvider);
            }

            if (!restrictions.VpnCreation && !restrictions.PupilAppInstalls)
            {
                finding.Evidence("School iPads cannot create VPN configurations and pupils cannot install apps.");
            }
        }

        finding.LiveCheckNotRun("that use-application-dns.net, mask.icloud.com and mask-h2.icloud.com do not resolve, and that managed browsers have DNS over HTTPS and pupils' private browsing off");
    }
}
