using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-02: with <c>differentiation: byGroup</c> (the default, C1) pupils, staff and guests each get their own
/// profiles and pupils' profiles block at least what staff profiles block; with <c>uniform</c> the single profile
/// meets the pupil requirements and a dated senior-leadership decision is recorded (DfE-FM FM3, UKSIC-AF).
/// </summary>
public sealed class ProfilesFitGroupsRule : FilteringRule
{
    private static readonly SchoolRole[] SeniorLeaders =
        [SchoolRole.Headteacher, SchoolRole.SecondResponsiblePerson, SchoolRole.FmSltLead, SchoolRole.SltDigitalLead];

    public override string Id => "fil-02";

    protected override string MetSummary => "Pupils, staff and visitors have filter settings that fit them.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        if (view.Filtering.Differentiation == Differentiation.Uniform)
        {
            CheckUniform(context, view, finding);
        }
        else
        {
            CheckByGroup(context, view, finding);
        }
    }

    private static void CheckUniform(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var filtering = view.Filtering;
        if (filtering.Decision is not { } decision)
        {
            finding.NotMet("uniformNoDecision", filtering.Span, "Filtering is uniform (one profile for everyone), but no senior leadership decision is recorded.",
                "Record the decision under filtering decision (reason, decidedBy, decidedOn), or set differentiation: byGroup.", SchoolRole.Headteacher);
        }
        else if (decision.DecidedOn > context.Today)
        {
            finding.NotMet("decisionFutureDated", decision.Span, $"The decision to filter uniformly is dated in the future ({decision.DecidedOn:yyyy-MM-dd}).",
                "Correct decidedOn to the date of the decision.", SchoolRole.Headteacher);
        }
        else if (!SeniorLeaders.Contains(decision.DecidedBy))
        {
            finding.NotMet("decisionNotByLeader", decision.Span, $"The decision to filter uniformly was made by \"{ConfigNaming.EnumValue(decision.DecidedBy)}\", who is not a senior leader.",
                "Have the headteacher or another senior leader take and record the decision.", SchoolRole.Headteacher);
        }
        else
        {
            finding.Evidence($"School choice: one profile for everyone, decided by \"{ConfigNaming.EnumValue(decision.DecidedBy)}\" on {decision.DecidedOn:yyyy-MM-dd}. " +
                "The current DfE wording expects at least separate pupil and staff profiles.");
        }

        if (view.Profiles.Length != 1)
        {
            finding.NotMet("uniformWithManyProfiles", filtering.Span, $"Filtering is declared uniform but has {view.Profiles.Length} profiles.",
                "Set differentiation: byGroup, or keep a single profile.", SchoolRole.ItProvider);
            return;
        }

        var profile = view.Profiles[0];
        var open = FilteringView.UksicCategories.Except(view.BlockedCategories(profile)).ToList();
        if (open.Count > 0)
        {
            finding.NotMet("singleProfileTooOpen", profile.Span, $"The single profile \"{profile.Key}\" does not block {FilteringView.Describe(open)}, but with one profile for everyone it must meet the pupil requirements.",
                "Block all ten UK Safer Internet Centre categories in it.", SchoolRole.ItProvider);
        }
    }

    private static void CheckByGroup(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var groups = context.Config.Identity.Groups;
        var pupilProfiles = view.Profiles.Where(view.ServesPupils).ToList();
        var staffProfiles = view.Profiles.Where(view.ServesStaff).ToList();
        var guestProfiles = view.Profiles.Where(view.ServesGuests).ToList();
        foreach (var profile in pupilProfiles.Where(p => view.ServesStaff(p) || view.ServesGuests(p)))
        {
            finding.NotMet("pupilsWithAdults", profile.Span, $"The profile \"{profile.Key}\" covers pupils and adults together; pupils need profiles of their own.",
                "Move the adult groups into a staff or guest profile.", SchoolRole.ItProvider);
        }

        foreach (var profile in staffProfiles.Where(view.ServesGuests))
        {
            finding.NotMet("staffWithGuests", profile.Span, $"The profile \"{profile.Key}\" covers staff and guests together; guests need a profile of their own.",
                "Move the guest groups into a guest profile.", SchoolRole.ItProvider);
        }

        Require(finding, view.Filtering, groups.Any(g => g.Kind == GroupKind.Pupil), pupilProfiles.Count, "pupils");
        Require(finding, view.Filtering, view.PeopleGroups.Any(g => g.Kind is not (GroupKind.Pupil or GroupKind.Guest)), staffProfiles.Count, "staff");
        var guestsExpected = groups.Any(g => g.Kind == GroupKind.Guest) || context.Config.Devices?.Byod.Network == ByodNetwork.GuestNetwork;
        Require(finding, view.Filtering, guestsExpected, guestProfiles.Count, "guests");

        foreach (var pupil in pupilProfiles)
        {
            var pupilBlocks = view.BlockedCategories(pupil);
            foreach (var staff in staffProfiles.Where(s => s != pupil))
            {
                var looser = view.BlockedCategories(staff).Except(pupilBlocks).ToList();
                if (looser.Count > 0)
                {
                    finding.NotMet("pupilLooserThanStaff", pupil.Span, $"The pupil profile \"{pupil.Key}\" leaves {FilteringView.Describe(looser)} open, which the staff profile \"{staff.Key}\" blocks.",
                        "Block in every pupil profile at least what staff profiles block.", SchoolRole.ItProvider);
                }
            }
        }

        var keyStages = groups.Where(g => g.Kind == GroupKind.Pupil && view.ProfilesOf(g.Key).Any(view.ServesPupils))
            .Select(g => g.KeyStage).OfType<KeyStage>().Distinct().Select(k => ConfigNaming.EnumValue(k)).ToList();
        finding.Evidence($"Profiles by group: pupils {Names(pupilProfiles.Select(p => p.Key))} (key stages {string.Join(", ", keyStages)}); " +
            $"staff {Names(staffProfiles.Select(p => p.Key))}; guests {Names(guestProfiles.Select(p => p.Key))}.");
    }

    private static void Require(FindingBuilder finding, FilteringConfig filtering, bool expected, int profiles, string who)
    {
        if (expected && profiles == 0)
        {
            finding.NotMet("missingProfile", filtering.Span, $"No filtering profile is for {who}.",
                $"Add a profile for {who} and put their groups in it.", SchoolRole.ItProvider);
        }
    }
}
