using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Infra.Build.Identity;

/// <summary>
/// Which groups can reach personal data (MFA-01, IAM-02). Adults always can (catalogue default: staff,
/// governors and administrators), and so can a "service" group that does not declare a reason and no interactive
/// sign-in: re-typing people as service accounts never takes them out of MFA (issue 13). Pupils, guests and declared
/// service accounts only if given a personal-data area (IAM-02 and MFA-01 report that).
/// </summary>
public static class PersonalDataReach
{
    public static bool IsAdult(GroupKind kind) => kind is not (GroupKind.Pupil or GroupKind.Guest or GroupKind.Service);

    public static bool Reaches(IdentityConfig identity, UserGroup group) =>
        IsAdult(group.Kind) || (group.Kind == GroupKind.Service && group.HoldsPeople()) || group.Access.Any(grant =>
            identity.AccessAreas.Any(area => area.Key == grant.Area && area.PersonalData));
}
