using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Infra.Build.Identity;

/// <summary>
/// Which groups can reach personal data (MFA-01, IAM-02). Adults always can (catalogue default: staff,
/// governors and administrators); pupils and guests only if given a personal-data area, which validation refuses.
/// </summary>
public static class PersonalDataReach
{
    public static bool IsAdult(GroupKind kind) => kind is not (GroupKind.Pupil or GroupKind.Guest or GroupKind.Service);

    public static bool Reaches(IdentityConfig identity, UserGroup group) =>
        IsAdult(group.Kind) || group.Access.Any(grant =>
            identity.AccessAreas.Any(area => area.Key == grant.Area && area.PersonalData));
}
