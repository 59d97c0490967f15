using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Passwords;

/// <summary>
/// PWD-05: every pupil has their own log-on unless the school has chosen shared class log-ons for its youngest
/// (C3: EYFS, KS1 and at most lower KS2). The choice must be applied consistently: class log-ons only in the
/// declared key stages, reaching nothing private, filtered as pupils, and usable only on the school network.
/// Choosing class log-ons at all is below DfE-CS CS4 (unique credentials): partial, waivable.
/// </summary>
public sealed class PupilSignInRule : IRule
{
    private static readonly KeyStage[] Allowed = [KeyStage.Eyfs, KeyStage.Ks1, KeyStage.LowerKs2];

    public string Id => "pwd-05";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        var chosen = identity.ClassLogonKeyStages;
        foreach (var stage in chosen.Where(s => !Allowed.Contains(s)))
        {
            result.NotMet("keyStageNotAllowed", identity.Span, $"Class log-ons are allowed for {ConfigNaming.EnumValue(stage)}, but only EYFS, KS1 and lower KS2 may use them.",
                $"remove {ConfigNaming.EnumValue(stage)} from classLogonKeyStages and give those pupils their own accounts", SchoolRole.Headteacher);
        }

        var classLogons = identity.Groups.Where(g => g.Credentials == Credentials.ClassLogon).ToList();
        var areas = identity.AccessAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var policies = SignInPolicy.From(context.Desired);
        var groupKinds = identity.Groups.ToDictionary(g => g.Key, g => g.Kind, StringComparer.Ordinal);
        foreach (var group in classLogons)
        {
            if (group.Kind != GroupKind.Pupil || group.KeyStage is not { } stage || !chosen.Contains(stage))
            {
                result.NotMet("classLogonOutsideChoice", group.Span, $"The group \"{group.Key}\" uses a class log-on outside the key stages the school has chosen.",
                    "give these pupils their own accounts, or add the key stage to classLogonKeyStages if the school has chosen that", SchoolRole.Headteacher);
            }

            if (group.Access.Any(a => areas.TryGetValue(a.Area, out var area) && (area.PersonalData || area.StaffOnly)))
            {
                result.NotMet("classLogonReachesPrivate", group.Span, $"The class log-on group \"{group.Key}\" reaches something private.",
                    "limit class log-ons to learning apps and shared resources", SchoolRole.Headteacher);
            }

            var profile = context.Config.Filtering?.Profiles.FirstOrDefault(p => p.Groups.Contains(group.Key));
            if (context.Config.Filtering is not null && (profile is null || profile.Groups.Any(g => groupKinds.GetValueOrDefault(g) != GroupKind.Pupil)))
            {
                result.NotMet("classLogonNotPupilFiltered", profile?.Span ?? group.Span, $"The class log-on group \"{group.Key}\" is not filtered by a pupil-only profile.",
                    "put the group in the filtering profile for its key stage", SchoolRole.ItProvider);
            }

            if (!policies.Any(p => p.Enabled && p.Blocks && p.Covers(group.Key) && p.ExcludedLocations.Contains("AllTrusted")))
            {
                result.NotMet("classLogonOffSite", group.Span, $"No sign-in rule stops the class log-on \"{group.Key}\" from being used away from the school network.",
                    "declare the school's network under namedLocations so class log-ons are blocked elsewhere", SchoolRole.ItProvider);
            }
        }

        if (!chosen.IsEmpty)
        {
            result.Partial("classLogons", identity.Span, $"The school has chosen shared class log-ons for {Wording.List(chosen.Select(s => ConfigNaming.EnumValue(s)))}; the catalogue's default is an individual log-on for every pupil.",
                "give every pupil their own log-on, or keep the choice under a waiver the governors renew", SchoolRole.Headteacher);
        }

        result.Evidence(classLogons.Count == 0
            ? "Every pupil group uses individual accounts."
            : $"Class log-on groups {Wording.Quoted(classLogons.Select(g => g.Key))} reach nothing private, are filtered as pupils and are blocked away from the school network.");
        result.TenantNotObserved("class log-on accounts belong only to their group, cannot mail outside the school, and no staff account is a member");
        return result.Build("Every pupil has their own log-on.");
    }
}
