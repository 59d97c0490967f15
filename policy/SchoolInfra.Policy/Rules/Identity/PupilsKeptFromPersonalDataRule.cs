using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>IAM-02: pupil, class log-on and guest groups reach nothing holding personal data or kept for staff.</summary>
public sealed class PupilsKeptFromPersonalDataRule : IRule
{
    public string Id => "iam-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var areas = identity.AccessAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var result = new FindingBuilder(control.Id, identity.Span);
        var checkedGroups = 0;
        foreach (var group in identity.Groups.Where(g => g.Kind is GroupKind.Pupil or GroupKind.Guest))
        {
            checkedGroups++;
            foreach (var grant in group.Access)
            {
                if (areas.TryGetValue(grant.Area, out var area) && (area.PersonalData || area.StaffOnly))
                {
                    result.NotMet("pupilReachesPrivate", grant.Span.IsKnown ? grant.Span : group.Span,
                        $"The group \"{group.Key}\" is given \"{area.Name}\", which {(area.PersonalData ? "holds personal data" : "is for staff only")}.", "remove this access from the pupil or guest group", SchoolRole.Headteacher);
                }
            }
        }

        result.Evidence($"{Wording.Plural(checkedGroups, "pupil or guest group was", "pupil and guest groups were")} checked against the areas marked as personal data or staff only.");
        result.TenantNotObserved("no pupil, class log-on or guest account is a member of a staff group or holds a directory role");
        return result.Build("Pupil and guest groups reach no personal data and no staff-only area.");
    }
}
