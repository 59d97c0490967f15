using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-07: every group reaches only the areas its role needs (DfE-CS CS4: users have only the access they need, least
/// privilege; CE user access control; UK GDPR data minimisation). An area names the kinds of group that need it
/// (<c>neededBy</c>); an area holding personal data without that list is for staff only, so governors, pupils, guests
/// and service accounts need a written reason on the grant (<c>reason</c>) to reach it, e.g. governors and pupil records.
/// </summary>
public sealed class LeastPrivilegeRule : IRule
{
    /// <summary>Who needs an area that holds personal data when the school does not say: the staff who work with it.</summary>
    public static readonly ImmutableArray<GroupKind> StaffKinds =
        [GroupKind.Teaching, GroupKind.Support, GroupKind.Office, GroupKind.Slt, GroupKind.Dsl, GroupKind.ItAdmin];

    public string Id => "iam-07";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var areas = identity.AccessAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var result = new FindingBuilder(control.Id, identity.Span);
        var grants = 0;
        foreach (var group in identity.Groups)
        {
            foreach (var grant in group.Access)
            {
                grants++;
                if (!areas.TryGetValue(grant.Area, out var area) || NeededBy(area) is not { } needed || needed.Contains(group.Kind))
                {
                    continue;
                }

                var kinds = Wording.List(needed.Select(k => ConfigNaming.EnumValue(k)));
                if (string.IsNullOrWhiteSpace(grant.Reason))
                {
                    result.NotMet("accessBeyondRole", grant.Span.IsKnown ? grant.Span : group.Span,
                        $"The group \"{group.Key}\" ({ConfigNaming.EnumValue(group.Kind)}) is given \"{area.Name}\", which only {kinds} groups need; no reason is written down.",
                        "remove this access, or write under the grant's reason why this group's role needs it", SchoolRole.Headteacher);
                }
                else
                {
                    result.Evidence($"\"{group.Key}\" reaches \"{area.Name}\" beyond its role, with the reason: {grant.Reason}");
                }
            }
        }

        result.Evidence($"{Wording.Plural(grants, "grant of access was", "grants of access were")} checked against the groups each area is for.");
        result.TenantNotObserved("each group's real app, site and share assignments match its declared access");
        return result.Build("Every group reaches only the areas its role needs.");
    }

    /// <summary>The kinds of group that need the area; null when any group may use it.</summary>
    private static ImmutableArray<GroupKind>? NeededBy(AccessArea area) =>
        !area.NeededBy.IsDefaultOrEmpty ? area.NeededBy
        : area.PersonalData ? StaffKinds
        : null;
}
