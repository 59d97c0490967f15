using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-08: each managed platform has a filter that follows its devices off site, the profiles of people who use
/// school devices are enforced through it, and a guest network for personal devices is filtered with a guest
/// profile (DfE-FM FM3 core wording, UKSIC-AF remote devices). The Global Secure Access client runs on Windows,
/// macOS, iOS and Android (Microsoft Learn, "Global Secure Access client for Windows"); an upstream provider can
/// cover devices off site through its own agent (<c>offSiteDevices</c>).
/// </summary>
public sealed class DevicesFilteredEverywhereRule : FilteringRule
{
    public override string Id => "fil-08";

    protected override string MetSummary => "School devices are filtered at home as well as in school, and guests' devices on a separate network.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var offSite = Enum.GetValues<FilteringBackend>().Where(b => view.Enforces(b, FilterFeature.OffSiteDevices)).ToList();
        var devices = context.Config.Devices;
        if (devices is null)
        {
            finding.Evidence("No managed devices are declared, so there is no off-site filtering to check.");
        }
        else
        {
            CheckPlatform(devices.Windows, "Windows laptops", offSite, finding);
            CheckPlatform(devices.Ipads, "iPads", offSite, finding);
            if (offSite.Count > 0)
            {
                foreach (var profile in view.Profiles.Where(p => !view.ServesGuests(p) && !offSite.Any(p.EnforcedBy.Contains)))
                {
                    finding.NotMet("offSiteBackendMissing", profile.Span, $"The profile \"{profile.Key}\" is not enforced by {FilteringView.Describe(offSite[0])}, so its users' school devices are unfiltered off site.",
                        $"Add {Backend(offSite[0])} to the profile's enforcedBy.", SchoolRole.ItProvider);
                }
            }

            CheckGuestNetwork(view, devices, finding);
        }

        finding.LiveCheckNotRun("that no managed device is missing its filtering client or profile (7 days' grace for new devices)");
    }

    private static void CheckPlatform(ConfigRecord? baseline, string platform, List<FilteringBackend> offSite, FindingBuilder finding)
    {
        if (baseline is null)
        {
            return;
        }

        if (offSite.Count == 0)
        {
            finding.NotMet("platformUnfilteredOffSite", baseline.Span, $"School {platform} have no filtering when they leave school: no declared backend follows devices off site.",
                "Switch on Global Secure Access (its client filters devices anywhere), or declare the provider's device agent with offSiteDevices.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"School {platform} are filtered off site by {FilteringView.Describe(offSite[0])}.");
        }
    }

    private static void CheckGuestNetwork(FilteringView view, DevicesConfig devices, FindingBuilder finding)
    {
        if (devices.Byod.Network == ByodNetwork.None)
        {
            finding.Evidence("Personal and visitors' devices are not given the school network.");
            return;
        }

        var guestProfile = view.Profiles.FirstOrDefault(view.ServesGuests);
        if (guestProfile is null)
        {
            finding.NotMet("noGuestProfileForByod", At(devices.Byod, devices), "Personal devices may join the guest network, but no filtering profile is for guests.",
                "Add a guest profile and link the guest network to it.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"Personal and visitors' devices join a separate guest network filtered with the profile \"{guestProfile.Key}\".");
        }
    }

    private static string Backend(FilteringBackend backend) => ConfigNaming.EnumValue(backend);
}
