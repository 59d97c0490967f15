using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Guests;

/// <summary>
/// GST-03: guest groups reach nothing confidential and have a maximum access time (DfE-CS CS4; CE). Invitation
/// settings, the guest directory role and third-party access routes are tenant settings.
/// </summary>
public sealed class GuestsReachOnlyWhatTheyNeedRule : IRule
{
    public string Id => "gst-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var areas = identity.AccessAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var result = new FindingBuilder(control.Id, identity.Span);
        var guestGroups = identity.Groups.Where(g => g.Kind == GroupKind.Guest).ToList();
        foreach (var group in guestGroups)
        {
            foreach (var grant in group.Access.Where(a => areas.TryGetValue(a.Area, out var area) && (area.PersonalData || area.StaffOnly)))
            {
                result.NotMet("guestReachesConfidential", grant.Span.IsKnown ? grant.Span : group.Span, $"The guest group \"{group.Key}\" is given \"{areas[grant.Area].Name}\", which is confidential.",
                    "remove this access from the guest group", SchoolRole.Headteacher);
            }

            if (group.MaxAccessDays is null)
            {
                result.NotMet("noMaxAccessDays", group.Span, $"The guest group \"{group.Key}\" has no maximum access time.", "set maxAccessDays", SchoolRole.ItProvider);
            }
        }

        var groups = identity.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        foreach (var account in identity.TemporaryAccounts.Where(a => groups.TryGetValue(a.Group, out var g) && g.Kind != GroupKind.Guest))
        {
            result.NotMet("temporaryAccountInStaffGroup", account.Span, $"The temporary account \"{account.Key}\" is placed in \"{account.Group}\", which is not a guest group, so it gets that group's access.",
                "put temporary accounts in a group of kind guest", SchoolRole.ItProvider);
        }

        result.Evidence(guestGroups.Count == 0
            ? "No guest group is declared."
            : $"Guest groups {Wording.Quoted(guestGroups.Select(g => g.Key))} reach only shared, non-confidential areas for a limited time.");
        result.TenantNotObserved("only admins and named inviters can invite guests, guests have the restricted directory role, and every outside access route is declared");
        return result.Build("Guests reach only what they need, for a limited time.");
    }
}
